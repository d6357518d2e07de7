//! Words of the checkout practice (`crate::shop`): the practice shop, cart, shipping,
//! vouchers, payment, the seller's order screen and the buyer chat. Every shop, person,
//! bank and courier here is made up.

use crate::money::{format_rupiah, Rupiah};
use crate::shop::cart::{CartError, CartUpdate, LineLimit, MAX_PER_LINE};
use crate::shop::catalog::{Flavour, ProductId, Variant, VariantOption};
use crate::shop::chat::{BuyerMessage, Decision, ReplyTask, VerdictReason};
use crate::shop::checkout::{BreakdownLine, CheckoutProblem};
use crate::shop::order::{
    Action, Order, OrderStatus, ResiError, TransitionError, RESI_MAX_CHARS, RESI_MIN_CHARS,
};
use crate::shop::payment::{
    card_late_interest, Bank, InstalmentPlan, PaymentMethod, PaymentRefusal, Requirement, Term,
};
use crate::shop::purchase::{Blocked, Screen};
use crate::shop::shipping::{Courier, DayRange, Destination, Service, Zone, PACKAGING_GRAMS};
use crate::shop::voucher::{Voucher, VoucherKind, VoucherRefusal, VoucherSlot};
use crate::time::{civil_date, wib_minutes};

pub const SHOP_NAME: &str = "Dapur Bu Ratna";
pub const SHOP_CITY: &str = "Kota Malang, Jawa Timur";
/// The practice buyer, whose addresses are below.
pub const BUYER_NAME: &str = "Bu Wulan";

pub const SHIPPING_RULE: &str =
    "Ongkos kirim dihitung per kg. Berat barang ditambah 100 g untuk kemasan, lalu dibulatkan ke atas: 1.000 g dihitung 1 kg, 1.001 g dihitung 2 kg.";
pub const PRACTICE_QR: &str =
    "Ini QR latihan. Aplikasi bank atau dompet digital sungguhan tidak bisa membayarnya.";
pub const REPLY_RIGHT: &str = "Balasan yang bagus: ramah dan menjawab yang ditanyakan.";

pub fn product_name(product: ProductId) -> &'static str {
    match product {
        ProductId::KeripikSingkong => "Keripik Singkong",
        ProductId::KeripikPisang => "Keripik Pisang",
        ProductId::SambalBawang => "Sambal Bawang",
    }
}

pub fn product_description(product: ProductId) -> &'static str {
    match product {
        ProductId::KeripikSingkong => {
            "Singkong pilihan, digoreng tipis dan renyah. Pilih level pedas 0, 3 atau 5."
        }
        ProductId::KeripikPisang => {
            "Pisang kepok matang, renyah dan manis alami. Rasa original atau cokelat."
        }
        ProductId::SambalBawang => {
            "Sambal bawang goreng dalam botol kaca. Tahan 1 bulan tanpa kulkas."
        }
    }
}

pub fn option_label(option: VariantOption) -> String {
    match option {
        VariantOption::SpiceLevel(level) => format!("Level {level}"),
        VariantOption::NetGrams(grams) => format!("{grams} g"),
        VariantOption::Flavour(Flavour::Original) => "Original".into(),
        VariantOption::Flavour(Flavour::Cokelat) => "Cokelat".into(),
    }
}

/// "Level 3, 250 g"
pub fn variant_label(variant: &Variant) -> String {
    variant
        .options
        .iter()
        .map(|&o| option_label(o))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn stock_text(stock: u32) -> String {
    if stock == 0 {
        "Stok habis".into()
    } else {
        format!("Stok {stock}")
    }
}

/// Said after a change to the cart; `None` when the change needs no words.
pub fn cart_update_text(update: CartUpdate) -> Option<String> {
    match update {
        CartUpdate::Quantity(_) => None,
        CartUpdate::Removed => Some("Produk dihapus dari keranjang.".into()),
        CartUpdate::Capped {
            quantity,
            limit: LineLimit::Stock,
        } => Some(format!(
            "Stok tinggal {quantity}, jadi jumlahnya {quantity}."
        )),
        CartUpdate::Capped {
            quantity,
            limit: LineLimit::PerOrder,
        } => Some(format!(
            "Paling banyak {MAX_PER_LINE} per pesanan, jadi jumlahnya {quantity}."
        )),
    }
}

pub fn cart_error_text(error: CartError) -> &'static str {
    match error {
        CartError::UnknownVariant => "Produk ini tidak ada lagi di toko.",
        CartError::SoldOut => "Maaf, stoknya habis.",
    }
}

pub fn zone_name(zone: Zone) -> &'static str {
    match zone {
        Zone::SameCity => "Dalam kota",
        Zone::SameProvince => "Dalam provinsi",
        Zone::Java => "Pulau Jawa",
        Zone::OutsideJava => "Luar Pulau Jawa",
    }
}

pub fn destination_address(destination: Destination) -> &'static str {
    match destination {
        Destination::Malang => "Jl. Kenanga No. 12, Lowokwaru, Kota Malang, Jawa Timur",
        Destination::Surabaya => "Jl. Melati Indah No. 7, Rungkut, Surabaya, Jawa Timur",
        Destination::Bandung => "Jl. Cempaka Putih No. 21, Coblong, Bandung, Jawa Barat",
        Destination::Makassar => "Jl. Anggrek No. 5, Panakkukang, Makassar, Sulawesi Selatan",
    }
}

pub fn courier_name(courier: Courier) -> &'static str {
    match courier {
        Courier::Kancil => "Kancil Kirim",
        Courier::Rajawali => "Rajawali Ekspres",
        Courier::Semut => "Semut Paket",
    }
}

pub fn service_name(service: Service) -> &'static str {
    match service {
        Service::Economy => "Ekonomi",
        Service::Regular => "Reguler",
        Service::Express => "Kilat",
    }
}

/// "2-3 hari", or "1 hari".
pub fn days_text(days: DayRange) -> String {
    if days.min == days.max {
        format!("{} hari", days.min)
    } else {
        format!("{}-{} hari", days.min, days.max)
    }
}

/// "Berat dihitung 2 kg (barang 1.250 g + kemasan 100 g)."
pub fn weight_text(goods_grams: u64, chargeable_kg: u64) -> String {
    format!(
        "Berat dihitung {chargeable_kg} kg (barang {} g + kemasan {PACKAGING_GRAMS} g).",
        group_thousands(goods_grams)
    )
}

fn group_thousands(number: u64) -> String {
    format_rupiah(number).trim_start_matches("Rp").to_string()
}

pub fn voucher_slot_name(slot: VoucherSlot) -> &'static str {
    match slot {
        VoucherSlot::Shop => "Voucher toko",
        VoucherSlot::Shipping => "Voucher gratis ongkir",
    }
}

/// "Diskon 10% s.d. Rp10.000, min. belanja Rp50.000."
pub fn voucher_text(voucher: &Voucher) -> String {
    let what = match voucher.kind {
        VoucherKind::PercentOff { percent, cap } => {
            format!("Diskon {percent}% s.d. {}", format_rupiah(cap))
        }
        VoucherKind::AmountOff(amount) => format!("Potongan {}", format_rupiah(amount)),
        VoucherKind::FreeShipping { cap } => format!("Gratis ongkir s.d. {}", format_rupiah(cap)),
    };
    let minimum = match voucher.min_purchase {
        0 => "tanpa minimum belanja".to_string(),
        min => format!("min. belanja {}", format_rupiah(min)),
    };
    format!("{what}, {minimum}.")
}

pub fn voucher_refusal_text(refusal: VoucherRefusal) -> String {
    match refusal {
        VoucherRefusal::Empty => "Tulis kode vouchernya dulu.".into(),
        VoucherRefusal::Unknown => "Kode voucher tidak ditemukan. Periksa lagi hurufnya.".into(),
        VoucherRefusal::Expired => "Voucher ini sudah berakhir.".into(),
        VoucherRefusal::CartEmpty => "Keranjang masih kosong. Pilih produk dulu.".into(),
        VoucherRefusal::BelowMinimum { minimum, short_by } => format!(
            "Belum bisa dipakai: minimal belanja {}. Tambah {} lagi.",
            format_rupiah(minimum),
            format_rupiah(short_by)
        ),
        VoucherRefusal::AlreadyApplied => "Voucher ini sudah terpasang.".into(),
        VoucherRefusal::SlotTaken(VoucherSlot::Shop) => {
            "Satu pesanan hanya bisa memakai satu voucher toko. Hapus yang lama dulu kalau mau ganti.".into()
        }
        VoucherRefusal::SlotTaken(VoucherSlot::Shipping) => {
            "Satu pesanan hanya bisa memakai satu voucher gratis ongkir. Hapus yang lama dulu kalau mau ganti.".into()
        }
    }
}

pub fn breakdown_label(line: BreakdownLine) -> &'static str {
    match line {
        BreakdownLine::Subtotal(_) => "Subtotal produk",
        BreakdownLine::ShopVoucher(_) => "Voucher toko",
        BreakdownLine::Shipping(_) => "Ongkos kirim",
        BreakdownLine::ShippingVoucher(_) => "Voucher gratis ongkir",
        BreakdownLine::AdminFee(_) => "Biaya layanan",
        BreakdownLine::CodFee(_) => "Biaya COD",
        BreakdownLine::Total(_) => "Total pembayaran",
    }
}

/// "Rp15.000", or "-Rp5.000" for a discount.
pub fn breakdown_amount(line: BreakdownLine) -> String {
    let amount = format_rupiah(line.amount());
    if line.is_discount() {
        format!("-{amount}")
    } else {
        amount
    }
}

pub fn checkout_problem_text(problem: CheckoutProblem) -> String {
    match problem {
        CheckoutProblem::EmptyCart => "Keranjang masih kosong.".into(),
        CheckoutProblem::NoDestination => "Pilih alamat pengiriman.".into(),
        CheckoutProblem::NoShipping => "Pilih kurir dan layanan pengiriman.".into(),
        CheckoutProblem::NoPayment => "Pilih cara bayar.".into(),
        CheckoutProblem::Voucher { slot, refusal } => format!(
            "{}: {}",
            voucher_slot_name(slot),
            voucher_refusal_text(refusal)
        ),
        CheckoutProblem::Payment(refusal) => payment_refusal_text(refusal),
    }
}

pub fn payment_method_name(method: PaymentMethod) -> &'static str {
    match method {
        PaymentMethod::Qris => "QRIS",
        PaymentMethod::VirtualAccount => "Virtual Account (transfer bank)",
        PaymentMethod::EWallet => "Dompet digital (e-wallet)",
        PaymentMethod::Minimarket => "Bayar di kasir minimarket",
        PaymentMethod::Cod => "Bayar di tempat (COD)",
        PaymentMethod::PayLater => "PayLater (cicilan)",
        PaymentMethod::CreditCard => "Kartu kredit",
        PaymentMethod::DirectDebit => "Debit langsung",
    }
}

/// One sentence on how the method works.
pub fn payment_method_note(method: PaymentMethod) -> &'static str {
    match method {
        PaymentMethod::Qris => "Foto kode QR dengan aplikasi bank atau dompet digital yang ada logo QRIS. Tanpa biaya tambahan.",
        PaymentMethod::VirtualAccount => "Transfer ke nomor khusus untuk pesanan ini. Nomornya beda untuk setiap pesanan.",
        PaymentMethod::EWallet => "Bayar dari saldo dompet digital. Saldo bisa diisi di minimarket atau agen.",
        PaymentMethod::Minimarket => "Sebutkan kode bayar di kasir minimarket, lalu bayar tunai.",
        PaymentMethod::Cod => "Bayar tunai ke kurir saat paket sampai. Bisa ada biaya COD.",
        PaymentMethod::PayLater => "Barang dikirim sekarang, bayar nanti atau dicicil. Ini pinjaman, jadi ada bunga kalau dicicil.",
        PaymentMethod::CreditCard => "Dibayar dengan kartu kredit. Tagihan datang bulan depan.",
        PaymentMethod::DirectDebit => "Hubungkan rekening Anda sekali ke aplikasi. Setelah itu aplikasi menarik uang langsung dari rekening Anda.",
    }
}

pub fn requirement_text(requirement: Requirement) -> &'static str {
    match requirement {
        Requirement::Cash => "Cukup uang tunai",
        Requirement::EWallet => "Perlu dompet digital",
        Requirement::BankAppOrEWallet => "Perlu aplikasi bank atau dompet digital",
        Requirement::BankAccount => "Perlu rekening bank",
        Requirement::CreditCard => "Perlu kartu kredit",
        Requirement::CreditApproval => "Perlu disetujui dulu (pinjaman)",
    }
}

/// "Bayar dalam 24 jam", for methods with a waiting time.
pub fn payment_window_text(method: PaymentMethod) -> Option<String> {
    let minutes = method.payment_window_millis()? / 60_000;
    Some(if minutes % 60 == 0 {
        format!("Bayar dalam {} jam", minutes / 60)
    } else {
        format!("Bayar dalam {minutes} menit")
    })
}

pub fn bank_name(bank: Bank) -> &'static str {
    match bank {
        Bank::Padi => "Bank Padi",
        Bank::Cempaka => "Bank Cempaka",
        Bank::Lontar => "Bank Lontar",
    }
}

/// "8830 1123 4567 8901": a long number is easier to copy in fours.
pub fn grouped_number(digits: &str) -> String {
    digits
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn term_name(term: Term) -> String {
    format!("{} bulan", term.months())
}

/// "3 x Rp31.846 (bulan terakhir Rp31.847). Total dibayar Rp95.539, termasuk bunga Rp7.889."
pub fn plan_text(plan: &InstalmentPlan) -> String {
    let months = plan.instalments.len();
    let payments = if plan.last() == plan.per_month() {
        format!("{months} x {}", format_rupiah(plan.per_month()))
    } else {
        format!(
            "{months} x {} (bulan terakhir {})",
            format_rupiah(plan.per_month()),
            format_rupiah(plan.last())
        )
    };
    let interest = match plan.interest {
        0 => "tanpa bunga".to_string(),
        interest => format!("termasuk bunga {}", format_rupiah(interest)),
    };
    format!(
        "{payments}. Total dibayar {}, {interest}.",
        format_rupiah(plan.total_paid)
    )
}

/// The credit-card warning, with a worked example of the interest.
pub fn card_warning() -> String {
    format!(
        "Bayar tagihan kartu kredit penuh sebelum jatuh tempo. Kalau tidak, ada bunga: sisa tagihan {} kena sekitar {} sebulan.",
        format_rupiah(100_000),
        format_rupiah(card_late_interest(100_000))
    )
}

pub fn payment_refusal_text(refusal: PaymentRefusal) -> String {
    match refusal {
        PaymentRefusal::CodAboveMaximum { maximum } => {
            format!(
                "COD hanya untuk pesanan sampai {}. Pilih cara bayar lain.",
                format_rupiah(maximum)
            )
        }
        PaymentRefusal::PayLaterAboveLimit { limit } => format!(
            "Batas PayLater Anda {}. Pilih cara bayar lain.",
            format_rupiah(limit)
        ),
        PaymentRefusal::CardInstalmentBelowMinimum { minimum } => {
            format!(
                "Cicilan kartu kredit mulai dari {}. Bayar penuh saja.",
                format_rupiah(minimum)
            )
        }
        PaymentRefusal::TermNotOffered => {
            "Cicilan kartu kredit tersedia 3, 6 atau 12 bulan.".into()
        }
    }
}

/// The order status as the seller's order list shows it; `due_at_door` (`Order::due_at_door`)
/// for a COD order not yet delivered, which is never "Dibayar".
pub fn status_name(status: OrderStatus, due_at_door: bool) -> &'static str {
    match status {
        OrderStatus::AwaitingPayment => "Belum dibayar",
        OrderStatus::AwaitingConfirmation if due_at_door => "Menunggu dikirim",
        OrderStatus::AwaitingConfirmation => "Dibayar, menunggu konfirmasi",
        OrderStatus::Confirmed => "Dikonfirmasi",
        OrderStatus::Packed => "Dikemas",
        OrderStatus::Shipped => "Dikirim",
        OrderStatus::Completed => "Selesai",
        OrderStatus::Cancelled => "Dibatalkan",
    }
}

pub fn action_label(action: &Action) -> &'static str {
    match action {
        Action::Pay => "Bayar",
        Action::Confirm => "Terima pesanan",
        Action::Pack => "Sudah dikemas",
        Action::Ship { .. } => "Atur Pengiriman",
        Action::Receive => "Pesanan diterima",
        Action::Cancel => "Batalkan pesanan",
    }
}

pub fn transition_error_text(error: TransitionError) -> String {
    match error {
        TransitionError::NotPaidYet => {
            "Pesanan belum dibayar di aplikasi. Tunggu sampai statusnya Dibayar.".into()
        }
        TransitionError::MustFirstBe(status) => format!(
            "Belum bisa. Pesanan harus {} dulu.",
            status_name(status, false).to_lowercase()
        ),
        TransitionError::AlreadyDone(status) => format!(
            "Sudah lewat. Status pesanan sekarang: {}.",
            status_name(status, false)
        ),
        TransitionError::NothingToPay => "Pesanan ini tidak perlu dibayar lagi.".into(),
        TransitionError::TooLateToCancel => {
            "Paket sudah di kurir, jadi pesanan tidak bisa dibatalkan.".into()
        }
        TransitionError::Closed(status) => format!(
            "Pesanan sudah {}.",
            status_name(status, false).to_lowercase()
        ),
        TransitionError::InvalidResi(error) => resi_error_text(error),
    }
}

pub fn resi_error_text(error: ResiError) -> String {
    match error {
        ResiError::Empty => "Nomor resi masih kosong.".into(),
        ResiError::TooShort { length } => {
            format!("Nomor resi terlalu pendek ({length} huruf/angka). Biasanya {RESI_MIN_CHARS} sampai {RESI_MAX_CHARS}.")
        }
        ResiError::TooLong { length } => {
            format!("Nomor resi terlalu panjang ({length} huruf/angka). Biasanya {RESI_MIN_CHARS} sampai {RESI_MAX_CHARS}.")
        }
        ResiError::InvalidCharacter(c) => {
            format!("Nomor resi hanya berisi huruf dan angka. Hapus \u{201c}{c}\u{201d}.")
        }
        ResiError::NoDigits => "Nomor resi selalu ada angkanya.".into(),
    }
}

/// The buyer's chat message.
pub fn buyer_message_text(message: BuyerMessage) -> &'static str {
    match message {
        BuyerMessage::TransferProof => "Kak, saya sudah transfer ya, ini buktinya. Tolong langsung dikirim hari ini!",
        BuyerMessage::PayOutsideMarketplace => {
            "Kak, pesanannya batalkan saja. Saya transfer langsung ke rekening Kakak saja biar murah, tidak kena biaya. Nomor rekeningnya berapa?"
        }
        BuyerMessage::PaidAsksWhenShipped => "Kak, sudah saya bayar lewat aplikasi ya. Kira-kira dikirim kapan?",
    }
}

pub fn decision_label(decision: Decision) -> &'static str {
    match decision {
        Decision::ShipNow => "Langsung kirim barangnya",
        Decision::CheckAppFirst => {
            "Cek status pesanan di aplikasi dulu. Kirim hanya kalau tertulis Dibayar"
        }
        Decision::AgreeToDirectTransfer => "Beri nomor rekening, terima transfer langsung",
        Decision::DeclinePolitely => "Tolak dengan sopan, minta bayar lewat aplikasi",
    }
}

pub fn verdict_text(reason: VerdictReason) -> &'static str {
    match reason {
        VerdictReason::PictureIsNotPayment => {
            "Gambar bukti transfer mudah dipalsukan. Uang belum masuk selama aplikasi masih menulis Belum dibayar."
        }
        VerdictReason::AppStatusDecides => "Tepat. Yang dipercaya hanya status di aplikasi. Kirim setelah tertulis Dibayar.",
        VerdictReason::NotPaidInApp => "Pesanan ini belum dibayar di aplikasi. Jangan kirim barang sebelum statusnya Dibayar.",
        VerdictReason::OutsidePaymentUnprotected => {
            "Bayar di luar aplikasi tidak dilindungi. Kalau ada masalah, uang atau barang bisa hilang, dan toko bisa kena sanksi."
        }
        VerdictReason::KeepsPaymentInApp => "Tepat. Bayar lewat aplikasi melindungi pembeli dan Anda sebagai penjual.",
        VerdictReason::PaidOrderGoesAhead => "Tepat. Aplikasi sudah menulis Dibayar, jadi pesanan bisa diproses.",
        VerdictReason::PaidOrderRefused => "Pesanan ini sudah dibayar di aplikasi. Menolaknya membuat pembeli kecewa.",
    }
}

/// What the buyer wrote, for a task that wants a written reply.
pub fn reply_task_text(task: ReplyTask) -> &'static str {
    match task {
        ReplyTask::SpiceQuestion => {
            "Kak, level 3 pedas banget nggak? Mau buat anak saya yang masih SD."
        }
        ReplyTask::ComplaintReview => {
            "Rasanya enak, tapi sampai sini keripiknya remuk semua. Kecewa."
        }
    }
}

// --- The checkout practice's screens (`shop::purchase`) ---

pub const PRACTICE_NOTE: &str = "Layar latihan: tidak ada uang sungguhan yang berpindah.";
pub const PICK_VARIANT: &str = "Pilih varian";
pub const QUANTITY: &str = "Jumlah";
pub const LESS: &str = "Kurangi";
pub const MORE: &str = "Tambah";
pub const ADD_TO_CART: &str = "Masukkan Keranjang";
pub const OTHER_PRODUCTS: &str = "Produk lain di toko ini";
pub const CART_EMPTY: &str =
    "Keranjang masih kosong. Pilih produk dan varian, lalu tekan Masukkan Keranjang.";
pub const REMOVE: &str = "Hapus";
pub const SHOP_MORE: &str = "Tambah produk lain";
pub const SEND_TO: &str = "Kirim ke alamat mana?";
pub const CHOOSE_COURIER: &str = "Pilih kurir dan layanan";
pub const VOUCHER_LABEL: &str = "Kode voucher (boleh dilewati)";
pub const VOUCHER_APPLY: &str = "Pakai voucher";
pub const VOUCHERS_HEADING: &str = "Voucher yang bisa dicoba";
pub const BREAKDOWN_HEADING: &str = "Rincian harga";
pub const CHOOSE_PAYMENT: &str = "Pilih cara bayar";
pub const CHOOSE_BANK: &str = "Pilih bank";
pub const CHOOSE_TERM: &str = "Pilih lama cicilan";
pub const PAY_IN_FULL: &str = "Bayar penuh";
pub const PLACE_ORDER: &str = "Buat Pesanan";
pub const I_HAVE_PAID: &str = "Saya sudah bayar";
pub const I_HAVE_PAID_NOTE: &str = "Latihan: tombol ini pura-pura membayar. Di aplikasi sungguhan, status berubah sendiri setelah uang masuk.";
pub const ORDER_AGAIN: &str = "Pesan lagi";
pub const EXPIRED: &str =
    "Waktu bayar sudah habis, jadi pesanan dibatalkan. Keranjang Anda masih ada: pesan lagi.";
pub const QR_LABEL: &str = "Kode QR latihan untuk membayar pesanan ini";
pub const VA_NUMBER: &str = "Nomor Virtual Account";
pub const MINIMARKET_CODE: &str = "Kode bayar di kasir";
pub const EWALLET_STEPS: &str =
    "Buka aplikasi dompet digital, periksa jumlahnya, lalu setujui pembayaran.";
pub const DIRECT_DEBIT_STEPS: &str = "Hubungkan rekening Anda sekali ke aplikasi. Setelah itu aplikasi menarik uang langsung dari rekening Anda, biasanya tetap dengan PIN.";
pub const PAYLATER_NOTE: &str =
    "PayLater adalah pinjaman. Bandingkan total yang dibayar dengan harga pesanan.";
pub const PAID_HEADING: &str = "Pembayaran diterima";
pub const PAID_NOTE: &str = "Lihat status pesanan di aplikasi. Itu tanda resmi bahwa uang sudah masuk, bukan tangkapan layar.";
pub const COD_PLACED: &str = "Pesanan dibuat. Bayar tunai ke kurir saat paket sampai.";

/// The in-step button that opens a screen ("Lanjut" and "Kembali" belong to the lesson).
pub fn open_screen_label(screen: Screen) -> &'static str {
    match screen {
        Screen::Product => "Lihat produk",
        Screen::Cart => "Lihat keranjang",
        Screen::Address => "Pilih alamat",
        Screen::Shipping => "Pilih pengiriman",
        Screen::Summary => "Lihat rincian harga",
        Screen::Payment => "Pilih cara bayar",
        Screen::Pay => "Lihat cara bayar",
        Screen::Paid => "Lihat pesanan",
    }
}

/// The back button on a screen: "← Keranjang".
pub fn back_to_label(screen: Screen) -> String {
    format!("\u{2190} {}", screen_name(screen))
}

pub fn screen_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Product => "Produk",
        Screen::Cart => "Keranjang",
        Screen::Address => "Alamat",
        Screen::Shipping => "Pengiriman",
        Screen::Summary => "Rincian harga",
        Screen::Payment => "Cara bayar",
        Screen::Pay => "Pembayaran",
        Screen::Paid => "Pesanan",
    }
}

/// The picture of a product, from public/, and what it shows; `None` when there is none.
pub fn product_picture(product: ProductId) -> Option<(&'static str, &'static str)> {
    match product {
        ProductId::KeripikSingkong => Some((
            "/img/produk/keripik-singkong.svg",
            "Keripik singkong dalam kemasan",
        )),
        ProductId::SambalBawang => Some((
            "/img/produk/sambal-bawang.svg",
            "Sambal bawang dalam botol kaca",
        )),
        ProductId::KeripikPisang => None,
    }
}

/// "Rp12.000 - Rp27.000", or one price.
pub fn price_range_text(range: (Rupiah, Rupiah)) -> String {
    if range.0 == range.1 {
        format_rupiah(range.0)
    } else {
        format!("{} - {}", format_rupiah(range.0), format_rupiah(range.1))
    }
}

/// "2 x Rp25.000"
pub fn line_text(quantity: u32, price: Rupiah) -> String {
    format!("{quantity} x {}", format_rupiah(price))
}

/// "Tambah Keripik Singkong Level 3, 250 g": each line's buttons say which line they change.
pub fn quantity_button_label(more: bool, item: &str) -> String {
    format!("{} {item}", if more { MORE } else { LESS })
}

pub fn remove_label(item: &str) -> String {
    format!("{REMOVE} {item}")
}

/// "Keripik Singkong Level 3, 250 g"
pub fn item_name(variant: &Variant) -> String {
    format!(
        "{} {}",
        product_name(variant.product),
        variant_label(variant)
    )
}

pub fn cart_count_text(items: u32) -> String {
    format!("{items} barang di keranjang")
}

pub fn voucher_applied_text(slot: VoucherSlot) -> String {
    format!("{} terpasang.", voucher_slot_name(slot))
}

/// Why an in-step tap did nothing.
pub fn blocked_text(blocked: Blocked) -> String {
    match blocked {
        Blocked::Checkout(problem) => checkout_problem_text(problem),
        Blocked::OrderPlaced => "Pesanan sudah dibuat, jadi isinya tidak bisa diubah lagi.".into(),
        Blocked::NoOrder => "Buat pesanan dulu.".into(),
        Blocked::Expired => EXPIRED.into(),
        Blocked::NoVariantPicked => {
            "Pilih varian dulu: ketuk salah satu pilihan di daftar varian.".into()
        }
        Blocked::Cart(error) => cart_error_text(error).into(),
        Blocked::Voucher(refusal) => voucher_refusal_text(refusal),
    }
}

pub fn admin_fee_text(method: PaymentMethod) -> String {
    match method.admin_fee() {
        0 if method.pays_on_delivery() => format!(
            "Biaya COD 3%, minimal {}",
            format_rupiah(crate::shop::payment::COD_FEE_MIN)
        ),
        0 => "Tanpa biaya layanan".into(),
        fee => format!("Biaya layanan {}", format_rupiah(fee)),
    }
}

pub fn order_number_text(id: &str) -> String {
    format!("Nomor pesanan {id}")
}

pub fn amount_to_pay_text(amount: Rupiah) -> String {
    format!("Jumlah yang dibayar: {}", format_rupiah(amount))
}

/// "Bayar sebelum 24 Nov 2026, 14.20 WIB": the shop and the buyer's screen use Western
/// Indonesian Time (UTC+7).
pub fn deadline_text(millis: u64) -> String {
    let minutes = wib_minutes(millis);
    let minute_of_day = minutes % 1_440;
    let date = civil_date(minutes / 1_440);
    let month_name = &super::month_name(date.month)[..3];
    format!(
        "Bayar sebelum {} {month_name} {}, {:02}.{:02} WIB",
        date.day,
        date.year,
        minute_of_day / 60,
        minute_of_day % 60
    )
}

pub fn cod_amount_text(amount: Rupiah) -> String {
    format!(
        "Siapkan uang tunai {} untuk kurir, sudah termasuk biaya COD.",
        format_rupiah(amount)
    )
}

/// An order's status line, the buyer's and the seller's alike.
pub fn order_status_text(order: &Order) -> String {
    let due_at_door = order.due_at_door();
    let name = status_name(order.status, due_at_door);
    if due_at_door {
        format!("Status pesanan di aplikasi: {name} · COD: dibayar saat paket sampai")
    } else {
        format!("Status pesanan di aplikasi: {name}")
    }
}

// --- The seller practice (`shop::desk`) ---

pub const INCOMING_ORDER: &str = "Pesanan masuk";
pub const CHAT_HEADING: &str = "Chat pembeli";
pub const REVIEW_HEADING: &str = "Ulasan pembeli";
pub const RESI_LABEL: &str = "Nomor resi";
pub const ARRANGE_SHIPPING_NOTE: &str = "Tekan Atur Pengiriman. Aplikasi membuat nomor resi (nomor untuk melacak paket) dan label pengiriman.";
pub const REPLY_LABEL: &str = "Balasan Anda";
pub const SEND_REPLY: &str = "Kirim balasan";
pub const PROOF_PICTURE: &str = "Foto bukti transfer dari pembeli";
pub const PROOF_RECEIPT: &str = "BUKTI TRANSFER · BERHASIL";
pub const WHAT_DO_YOU_DO: &str = "Apa yang Anda lakukan?";
pub const SHIPPED_NOTE: &str = "Tempel label di paket, lalu antar ke agen kurir atau tunggu kurir menjemput. Pembeli bisa melacak paket dengan nomor resi ini.";
pub const REVIEW_WAITS: &str = "Ulasan muncul setelah pesanan dikirim.";
pub const REVIEW_TIP: &str = "Balas ulasan dengan tenang: minta maaf, lalu tawarkan jalan keluar. Pembeli lain ikut membaca.";
pub const DESK_DONE: &str = "Semua beres: pesanan dikirim, pembeli dijawab, dan jebakan dikenali.";

/// Who wrote a message in the seller's chat (made-up buyers).
pub fn sender_name(message: BuyerMessage) -> &'static str {
    match message {
        BuyerMessage::TransferProof => "Pak Darto",
        BuyerMessage::PayOutsideMarketplace => "Mbak Sinta",
        BuyerMessage::PaidAsksWhenShipped => BUYER_NAME,
    }
}

pub const QUESTION_SENDER: &str = "Bu Yati";

pub fn order_from_text(buyer: &str) -> String {
    format!("Dari {buyer}")
}

/// What the seller sees beside a buyer's message: their own order's status in the app.
pub fn status_in_app_text(status: OrderStatus) -> String {
    format!(
        "Pesanan orang ini di aplikasi: {}",
        status_name(status, false)
    )
}

pub fn stars_text(stars: u8) -> String {
    format!("{stars} dari 5 bintang")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::catalog::find_variant;
    use crate::shop::payment::{instalment_plan, paylater_plan};
    use crate::shop::voucher::find_voucher;

    #[test]
    fn variants_and_days_read_naturally() {
        assert_eq!(
            variant_label(find_variant("KS-L3-250").unwrap()),
            "Level 3, 250 g"
        );
        assert_eq!(
            variant_label(find_variant("KP-COK-200").unwrap()),
            "Cokelat, 200 g"
        );
        assert_eq!(days_text(DayRange { min: 2, max: 3 }), "2-3 hari");
        assert_eq!(days_text(DayRange { min: 1, max: 1 }), "1 hari");
        assert_eq!(
            weight_text(1_250, 2),
            "Berat dihitung 2 kg (barang 1.250 g + kemasan 100 g)."
        );
        assert_eq!(stock_text(0), "Stok habis");
    }

    #[test]
    fn vouchers_say_what_they_give_and_why_not() {
        assert_eq!(
            voucher_text(find_voucher("HEMAT10").unwrap()),
            "Diskon 10% s.d. Rp10.000, min. belanja Rp50.000."
        );
        assert_eq!(
            voucher_text(find_voucher("KENALAN20RB").unwrap()),
            "Potongan Rp20.000, tanpa minimum belanja."
        );
        assert_eq!(
            voucher_text(find_voucher("GRATISONGKIR").unwrap()),
            "Gratis ongkir s.d. Rp15.000, min. belanja Rp40.000."
        );
        assert_eq!(
            voucher_refusal_text(VoucherRefusal::BelowMinimum {
                minimum: 50_000,
                short_by: 1
            }),
            "Belum bisa dipakai: minimal belanja Rp50.000. Tambah Rp1 lagi."
        );
    }

    #[test]
    fn breakdown_rows_show_discounts_with_a_minus() {
        assert_eq!(
            breakdown_amount(BreakdownLine::ShopVoucher(7_000)),
            "-Rp7.000"
        );
        assert_eq!(
            breakdown_amount(BreakdownLine::Shipping(15_000)),
            "Rp15.000"
        );
        assert_eq!(breakdown_label(BreakdownLine::Total(0)), "Total pembayaran");
    }

    #[test]
    fn instalment_plans_read_naturally() {
        assert_eq!(
            plan_text(&paylater_plan(87_650, Term::ThreeMonths)),
            "3 x Rp31.846 (bulan terakhir Rp31.847). Total dibayar Rp95.539, termasuk bunga Rp7.889."
        );
        assert_eq!(
            plan_text(&instalment_plan(90_000, Term::ThreeMonths, 300)),
            "3 x Rp32.700. Total dibayar Rp98.100, termasuk bunga Rp8.100."
        );
        assert_eq!(
            plan_text(&paylater_plan(87_650, Term::OneMonth)),
            "1 x Rp87.650. Total dibayar Rp87.650, tanpa bunga."
        );
        assert!(card_warning().contains("Rp1.750"));
    }

    #[test]
    fn payment_numbers_and_windows() {
        assert_eq!(grouped_number("8830112345678901"), "8830 1123 4567 8901");
        assert_eq!(grouped_number(""), "");
        assert_eq!(
            payment_window_text(PaymentMethod::VirtualAccount).as_deref(),
            Some("Bayar dalam 24 jam")
        );
        assert_eq!(
            payment_window_text(PaymentMethod::Qris).as_deref(),
            Some("Bayar dalam 30 menit")
        );
        assert_eq!(payment_window_text(PaymentMethod::Cod), None);
    }

    #[test]
    fn the_checkout_lesson_agrees_with_the_payment_rules() {
        use crate::lesson::Step;
        let lesson = crate::catalog::lesson("simulasi-checkout").expect("lesson simulasi-checkout");
        let choices: Vec<_> = lesson
            .steps
            .iter()
            .filter_map(|s| {
                if let Step::Choice(c) = s {
                    Some(c)
                } else {
                    None
                }
            })
            .collect();
        // Every option named like a payment method is right exactly when the rules say the
        // method works without a bank account.
        let no_bank = choices
            .iter()
            .find(|c| c.question.contains("rekening bank"))
            .expect("the no-bank-account question");
        let mut named = 0;
        for option in no_bank.options.iter() {
            if let Some(method) = PaymentMethod::ALL
                .into_iter()
                .find(|&m| payment_method_name(m) == option.text)
            {
                assert_eq!(
                    option.correct,
                    method.works_without_bank_account(),
                    "{}",
                    option.text
                );
                named += 1;
            }
        }
        assert_eq!(named, no_bank.options.len());
        let paylater = choices
            .iter()
            .find(|c| c.question.contains("PayLater 3 bulan"))
            .expect("the PayLater question");
        let right: Vec<_> = paylater
            .options
            .iter()
            .filter(|o| o.correct)
            .map(|o| o.text.clone())
            .collect();
        assert_eq!(
            right,
            [format_rupiah(
                paylater_plan(100_000, Term::ThreeMonths).total_paid
            )]
        );
    }

    #[test]
    fn deadlines_read_in_western_indonesian_time() {
        // 23 November 2026, 03.00 UTC is 10.00 WIB; and 24 hours later.
        assert_eq!(
            deadline_text(1_795_402_800_000),
            "Bayar sebelum 23 Nov 2026, 10.00 WIB"
        );
        assert_eq!(
            deadline_text(1_795_402_800_000 + 86_400_000),
            "Bayar sebelum 24 Nov 2026, 10.00 WIB"
        );
        // 31 Dec 2026 17.30 UTC is already 1 Jan 2027 in WIB.
        assert_eq!(
            deadline_text(1_798_738_200_000),
            "Bayar sebelum 1 Jan 2027, 00.30 WIB"
        );
        assert_eq!(deadline_text(0), "Bayar sebelum 1 Jan 1970, 07.00 WIB");
        assert!(deadline_text(u64::MAX).starts_with("Bayar sebelum "));
    }

    #[test]
    fn checkout_screens_say_what_stops_them() {
        assert_eq!(
            blocked_text(Blocked::Voucher(VoucherRefusal::Expired)),
            "Voucher ini sudah berakhir."
        );
        assert_eq!(
            blocked_text(Blocked::Checkout(CheckoutProblem::NoDestination)),
            "Pilih alamat pengiriman."
        );
        assert_eq!(price_range_text((12_000, 27_000)), "Rp12.000 - Rp27.000");
        assert_eq!(price_range_text((20_000, 20_000)), "Rp20.000");
        assert_eq!(
            admin_fee_text(PaymentMethod::Minimarket),
            "Biaya layanan Rp2.500"
        );
        assert_eq!(
            admin_fee_text(PaymentMethod::Cod),
            "Biaya COD 3%, minimal Rp2.000"
        );
        assert_eq!(admin_fee_text(PaymentMethod::Qris), "Tanpa biaya layanan");
        assert_eq!(back_to_label(Screen::Cart), "\u{2190} Keranjang");
    }

    #[test]
    fn order_errors_name_the_step() {
        assert_eq!(
            transition_error_text(TransitionError::MustFirstBe(OrderStatus::Packed)),
            "Belum bisa. Pesanan harus dikemas dulu."
        );
        assert_eq!(
            transition_error_text(TransitionError::Closed(OrderStatus::Completed)),
            "Pesanan sudah selesai."
        );
        assert!(resi_error_text(ResiError::TooShort { length: 5 }).contains("(5 huruf/angka)"));
    }

    /// The review found a COD order reading "Dibayar, menunggu konfirmasi" while the
    /// lesson teaches that only "Dibayar" means the money is in.
    #[test]
    fn a_cod_order_never_reads_paid_before_delivery() {
        use crate::shop::payment::Payment;
        let placed = crate::answer::tests::placed_purchase(0)
            .order
            .expect("placed");
        let mut paid = placed.clone();
        paid.apply(&Action::Pay).unwrap();
        assert_eq!(
            order_status_text(&paid),
            "Status pesanan di aplikasi: Dibayar, menunggu konfirmasi"
        );
        let mut cod = Order {
            payment: Payment::Cod,
            status: OrderStatus::AwaitingConfirmation,
            ..placed
        };
        assert_eq!(
            order_status_text(&cod),
            "Status pesanan di aplikasi: Menunggu dikirim · COD: dibayar saat paket sampai"
        );
        let resi = cod.platform_resi();
        for action in [Action::Confirm, Action::Pack, Action::Ship { resi }] {
            cod.apply(&action).unwrap();
            let line = order_status_text(&cod);
            assert!(!line.contains("Dibayar"), "{line}");
            assert!(line.ends_with("COD: dibayar saat paket sampai"), "{line}");
        }
        cod.apply(&Action::Receive).unwrap();
        assert_eq!(
            order_status_text(&cod),
            "Status pesanan di aplikasi: Selesai"
        );
    }

    /// The review saw "misalnya level pedas" on the sambal, which has no levels: the
    /// message names no option that only some products have.
    #[test]
    fn the_pick_a_variant_message_is_true_of_every_product() {
        let said = blocked_text(Blocked::NoVariantPicked).to_lowercase();
        for option in ["level", "pedas", "ukuran", "rasa", "gram"] {
            assert!(!said.contains(option), "{said}");
        }
    }

    #[test]
    fn every_method_has_a_name_a_note_and_a_requirement() {
        for method in PaymentMethod::ALL {
            assert!(!payment_method_name(method).is_empty());
            assert!(payment_method_note(method).ends_with('.'));
            assert!(!requirement_text(method.requirement()).is_empty());
        }
    }

    #[test]
    fn messages_and_verdicts_are_short_sentences() {
        let texts = BuyerMessage::ALL
            .map(buyer_message_text)
            .into_iter()
            .chain(Decision::ALL.map(decision_label))
            .chain([ReplyTask::SpiceQuestion, ReplyTask::ComplaintReview].map(reply_task_text))
            .chain(
                [
                    VerdictReason::PictureIsNotPayment,
                    VerdictReason::AppStatusDecides,
                    VerdictReason::NotPaidInApp,
                    VerdictReason::OutsidePaymentUnprotected,
                    VerdictReason::KeepsPaymentInApp,
                    VerdictReason::PaidOrderGoesAhead,
                    VerdictReason::PaidOrderRefused,
                ]
                .map(verdict_text),
            );
        for text in texts {
            assert!(text.chars().count() <= 160, "{text}");
        }
    }
}
