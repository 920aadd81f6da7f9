//! How the window is drawn on Linux. WebKitGTK composites the page through OpenGL; on a
//! machine with no graphics driver to hand (no render node under /dev/dri: an old laptop
//! without its driver, a virtual machine, Xvfb) that OpenGL is Mesa's software one, which costs
//! far more than it saves. Measured here with `make bench`: dragging a node on a power map of
//! 300 nodes and 900 relationships took a median 213 ms a frame composited in software, 21 ms
//! drawn directly. So without a render node the window is drawn directly, unless whoever
//! starts the app has said otherwise in WEBKIT_DISABLE_COMPOSITING_MODE, or asked to keep
//! compositing with GROUNDWORK_COMPOSITING=keep. The end-to-end tests ask that: WebKit's
//! WebDriver takes no screenshot of a page drawn directly until something on it changes.

use std::path::Path;

const SETTING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
const OURS: &str = "GROUNDWORK_COMPOSITING";

/// Whether the machine offers a GPU render node (`renderD128` and the like) in `dri`.
fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri)
        .map(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
        })
        .unwrap_or(false)
}

/// Whether to turn compositing off: only when nobody chose, and there is no render node.
fn draw_directly(chosen: Option<std::ffi::OsString>, keep: bool, dri: &Path) -> bool {
    chosen.is_none() && !keep && !has_render_node(dri)
}

/// Chooses before the window (or any thread) starts, since the web view reads its
/// environment once.
pub fn choose() {
    let keep = std::env::var_os(OURS).is_some_and(|v| v == "keep");
    if cfg!(target_os = "linux")
        && draw_directly(std::env::var_os(SETTING), keep, Path::new("/dev/dri"))
    {
        std::env::set_var(SETTING, "1");
    }
}

/// What was chosen, for the log.
pub fn chosen() -> &'static str {
    if std::env::var_os(SETTING).is_some_and(|v| v != "0") {
        "drawn directly (no compositing)"
    } else {
        "composited"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositing_is_turned_off_only_without_a_render_node_and_without_a_choice() {
        let dir = tempfile::tempdir().unwrap();
        let dri = dir.path().join("dri");
        // No /dev/dri at all, or one with only a card node: drawn directly.
        assert!(draw_directly(None, false, &dri));
        std::fs::create_dir(&dri).unwrap();
        std::fs::write(dri.join("card0"), "").unwrap();
        assert!(draw_directly(None, false, &dri));
        // A render node: WebKit's own choice stands.
        std::fs::write(dri.join("renderD128"), "").unwrap();
        assert!(!draw_directly(None, false, &dri));
        // Whoever started the app chose: their choice stands either way.
        let empty = dir.path().join("none");
        assert!(!draw_directly(Some("0".into()), false, &empty));
        assert!(!draw_directly(Some("1".into()), false, &empty));
        assert!(!draw_directly(None, true, &empty));
    }
}
