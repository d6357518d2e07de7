//! Reads every lesson in lessons/, stops the build with the trainer's mistakes named
//! (file, step, field), and hands the app the lessons as JSON it already knows how to read.

#[allow(dead_code)]
#[path = "src/lesson/mod.rs"]
mod lesson;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=lessons");
    println!("cargo:rerun-if-changed=public");
    let picture_exists = |file: &str| Path::new("public").join(file).is_file();

    let mut files: Vec<_> = std::fs::read_dir("lessons")
        .expect("folder lessons/ is missing")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();

    let mut lessons = Vec::new();
    let mut errors = Vec::new();
    for file in &files {
        let path = format!("lessons/{}", file.file_name().unwrap_or_default().to_string_lossy());
        println!("cargo:rerun-if-changed={path}");
        match std::fs::read_to_string(file) {
            Ok(source) => match lesson::authoring::parse_lesson(&path, &source, &picture_exists) {
                Ok(lesson) => lessons.push(lesson),
                Err(mut found) => errors.append(&mut found),
            },
            Err(e) => errors.push(format!("{path}: tidak bisa dibaca ({e})")),
        }
    }
    if lessons.is_empty() && errors.is_empty() {
        errors.push("lessons/: belum ada file pelajaran (.toml)".into());
    }
    if !errors.is_empty() {
        eprintln!("\nAda yang perlu diperbaiki di file pelajaran:\n");
        for error in &errors {
            eprintln!("  - {error}");
        }
        eprintln!();
        std::process::exit(1);
    }

    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lessons.json");
    let json = serde_json::to_string(&lessons).expect("lessons serialise");
    std::fs::write(out, json).expect("write lessons.json");
}
