//! The app's addresses: which screen a path shows, and the path of each screen.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Lesson(String),
    /// A lesson shown by a trainer on a projector; nothing is recorded.
    Presenter(String),
    /// Joining a trainer's class; the code comes from a scanned QR code or a tapped link.
    Join(Option<String>),
    /// The learner's progress card: evaluation, progress code and "Kirim ke pelatih".
    Card,
    Certificate,
    /// A trainer's classes and starting a new one.
    Classes,
    /// One class on the trainer's phone: its code and the roster.
    Class(String),
    NotFound,
}

const LESSON_PREFIX: &str = "/pelajaran";
const PRESENTER_PREFIX: &str = "/pelatih";
const JOIN: &str = "/gabung";
const CARD: &str = "/kartu";
const CERTIFICATE: &str = "/sertifikat";
const CLASSES: &str = "/kelas";

impl Route {
    pub fn parse(path: &str) -> Route {
        let path = path
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .trim_end_matches('/');
        if path.is_empty() {
            return Route::Home;
        }
        let id_after = |prefix: &str| {
            path.strip_prefix(prefix)?
                .strip_prefix('/')
                .filter(|id| !id.is_empty() && !id.contains('/'))
                .map(str::to_string)
        };
        match path {
            JOIN => return Route::Join(None),
            CARD => return Route::Card,
            CERTIFICATE => return Route::Certificate,
            CLASSES => return Route::Classes,
            _ => {}
        }
        if let Some(id) = id_after(LESSON_PREFIX) {
            Route::Lesson(id)
        } else if let Some(id) = id_after(PRESENTER_PREFIX) {
            Route::Presenter(id)
        } else if let Some(code) = id_after(JOIN) {
            Route::Join(Some(code))
        } else if let Some(code) = id_after(CLASSES) {
            Route::Class(code)
        } else {
            Route::NotFound
        }
    }

    pub fn path(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "/".to_string(),
            Route::Lesson(id) => format!("{LESSON_PREFIX}/{id}"),
            Route::Presenter(id) => format!("{PRESENTER_PREFIX}/{id}"),
            Route::Join(None) => JOIN.to_string(),
            Route::Join(Some(code)) => format!("{JOIN}/{code}"),
            Route::Card => CARD.to_string(),
            Route::Certificate => CERTIFICATE.to_string(),
            Route::Classes => CLASSES.to_string(),
            Route::Class(code) => format!("{CLASSES}/{code}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_screens() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/?utm=x"), Route::Home);
        assert_eq!(
            Route::parse("/pelajaran/aman-bertransaksi"),
            Route::Lesson("aman-bertransaksi".into())
        );
        assert_eq!(
            Route::parse("/pelajaran/aman-bertransaksi/"),
            Route::Lesson("aman-bertransaksi".into())
        );
        assert_eq!(Route::parse("/pelajaran/"), Route::NotFound);
        assert_eq!(Route::parse("/pelajaran/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/lain"), Route::NotFound);
        assert_eq!(
            Route::parse("/pelatih/aman-bertransaksi"),
            Route::Presenter("aman-bertransaksi".into())
        );
        assert_eq!(Route::parse("/pelatih/"), Route::NotFound);
    }

    #[test]
    fn each_screen_has_a_path_that_reads_back() {
        let lesson = Route::Lesson("kenali-jualan-online".into());
        assert_eq!(lesson.path(), "/pelajaran/kenali-jualan-online");
        assert_eq!(Route::parse(&lesson.path()), lesson);
        assert_eq!(Route::parse(&Route::Home.path()), Route::Home);
        let presenter = Route::Presenter("kenali-jualan-online".into());
        assert_eq!(presenter.path(), "/pelatih/kenali-jualan-online");
        assert_eq!(Route::parse(&presenter.path()), presenter);
        for route in [
            Route::Join(None),
            Route::Join(Some("K7QM2X".into())),
            Route::Card,
            Route::Certificate,
            Route::Classes,
            Route::Class("K7QM2X".into()),
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }

    #[test]
    fn class_paths_map_to_class_screens() {
        assert_eq!(
            Route::parse("/gabung/K7QM2X?kelas=A&tempat=B"),
            Route::Join(Some("K7QM2X".into()))
        );
        assert_eq!(Route::parse("/gabung/"), Route::Join(None));
        assert_eq!(Route::parse("/kartu"), Route::Card);
        assert_eq!(Route::parse("/sertifikat/"), Route::Certificate);
        assert_eq!(Route::parse("/kelas/K7QM2X"), Route::Class("K7QM2X".into()));
        assert_eq!(Route::parse("/kelas/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/kartuku"), Route::NotFound);
        assert_eq!(Route::parse("/pelajaranx/a"), Route::NotFound);
    }
}
