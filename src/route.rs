//! The app's addresses: which screen a path shows, and the path of each screen.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Lesson(String),
    /// A lesson shown by a trainer on a projector; nothing is recorded.
    Presenter(String),
    NotFound,
}

const LESSON_PREFIX: &str = "/pelajaran/";
const PRESENTER_PREFIX: &str = "/pelatih/";

impl Route {
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
        if path.is_empty() {
            return Route::Home;
        }
        let id_after = |prefix: &str| path.strip_prefix(prefix).filter(|id| !id.is_empty() && !id.contains('/'));
        match (id_after(LESSON_PREFIX), id_after(PRESENTER_PREFIX)) {
            (Some(id), _) => Route::Lesson(id.to_string()),
            (_, Some(id)) => Route::Presenter(id.to_string()),
            _ => Route::NotFound,
        }
    }

    pub fn path(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "/".to_string(),
            Route::Lesson(id) => format!("{LESSON_PREFIX}{id}"),
            Route::Presenter(id) => format!("{PRESENTER_PREFIX}{id}"),
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
        assert_eq!(Route::parse("/pelajaran/aman-bertransaksi"), Route::Lesson("aman-bertransaksi".into()));
        assert_eq!(Route::parse("/pelajaran/aman-bertransaksi/"), Route::Lesson("aman-bertransaksi".into()));
        assert_eq!(Route::parse("/pelajaran/"), Route::NotFound);
        assert_eq!(Route::parse("/pelajaran/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/lain"), Route::NotFound);
        assert_eq!(Route::parse("/pelatih/aman-bertransaksi"), Route::Presenter("aman-bertransaksi".into()));
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
    }
}
