//! The window's menu. Items only announce themselves to the UI (event "menu" with the item's
//! id), which runs the same flows as its buttons. The menu starts in English and the window
//! names its items in the screens' language (`label_menu`) at start and at every change.

use serde::Deserialize;
use tauri::menu::{
    MenuBuilder, MenuItem, MenuItemBuilder, PredefinedMenuItem, Submenu, SubmenuBuilder,
};
use tauri::{App, AppHandle, Emitter, Manager, Wry};
use ts_rs::TS;

use crate::error::{IpcError, IpcResult};

/// The items whose words change with the language, kept to be renamed.
struct Items {
    chapter: Submenu<Wry>,
    settings: MenuItem<Wry>,
    backup: MenuItem<Wry>,
    restore: MenuItem<Wry>,
    quit: PredefinedMenuItem<Wry>,
}

/// What the window calls the menu's items, in the screens' language.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct MenuLabels {
    pub chapter: String,
    pub settings: String,
    pub backup: String,
    pub restore: String,
    pub quit: String,
}

pub fn install(app: &mut App) -> tauri::Result<()> {
    let settings = MenuItemBuilder::with_id("settings", "Settings")
        .accelerator("CmdOrCtrl+,")
        .build(app)?;
    let backup = MenuItemBuilder::with_id("backup", "Back up…").build(app)?;
    let restore = MenuItemBuilder::with_id("restore", "Restore from a backup…").build(app)?;
    let quit = PredefinedMenuItem::quit(app, Some("Quit"))?;
    let chapter = SubmenuBuilder::new(app, "Chapter")
        .item(&settings)
        .separator()
        .item(&backup)
        .item(&restore)
        .separator()
        .item(&quit)
        .build()?;
    let menu = MenuBuilder::new(app).item(&chapter).build()?;
    app.set_menu(menu)?;
    app.manage(Items {
        chapter,
        settings,
        backup,
        restore,
        quit,
    });
    app.on_menu_event(|app, event| {
        let id = event.id().0.clone();
        if let Err(err) = app.emit("menu", id) {
            eprintln!("Groundwork: menu event not delivered: {err}");
        }
    });
    Ok(())
}

/// Names the menu's items in the screens' language.
#[tauri::command]
pub fn label_menu(app: AppHandle, labels: MenuLabels) -> IpcResult<()> {
    let Some(items) = app.try_state::<Items>() else {
        return Ok(());
    };
    let renamed = (|| -> tauri::Result<()> {
        items.chapter.set_text(&labels.chapter)?;
        items.settings.set_text(&labels.settings)?;
        items.backup.set_text(&labels.backup)?;
        items.restore.set_text(&labels.restore)?;
        items.quit.set_text(&labels.quit)
    })();
    renamed.map_err(|e| IpcError::internal(format!("the menu could not be renamed: {e}")))
}
