fn main() {
    #[cfg(target_arch = "wasm32")]
    lapak_latihan::ui::mount();
}
