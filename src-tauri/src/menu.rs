//! The window's menu. Items only announce themselves to the UI (event "menu" with the item's
//! id), which runs the same flows as its buttons.

use tauri::menu::{MenuBuilder, MenuItemBuilder, PredefinedMenuItem, SubmenuBuilder};
use tauri::{App, Emitter};

pub fn install(app: &mut App) -> tauri::Result<()> {
    let chapter = SubmenuBuilder::new(app, "Chapter")
        .item(
            &MenuItemBuilder::with_id("settings", "Settings")
                .accelerator("CmdOrCtrl+,")
                .build(app)?,
        )
        .separator()
        .item(&MenuItemBuilder::with_id("backup", "Back up…").build(app)?)
        .item(&MenuItemBuilder::with_id("restore", "Restore from a backup…").build(app)?)
        .separator()
        .item(&PredefinedMenuItem::quit(app, Some("Quit"))?)
        .build()?;
    let menu = MenuBuilder::new(app).item(&chapter).build()?;
    app.set_menu(menu)?;
    app.on_menu_event(|app, event| {
        let id = event.id().0.clone();
        if let Err(err) = app.emit("menu", id) {
            eprintln!("Groundwork: menu event not delivered: {err}");
        }
    });
    Ok(())
}
