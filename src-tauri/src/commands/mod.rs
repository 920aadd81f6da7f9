//! Every command the window can call, grouped by area and registered from this one place.

pub mod backup;
pub mod chapter;
pub mod export;
pub mod files;
pub mod import;
pub mod meetings;
pub mod needs;
pub mod people;
pub mod print;
pub mod start;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        crate::menu::label_menu,
        start::start_problem,
        start::restore_latest_backup,
        start::open_chapter_file,
        start::daily_backup_problem,
        start::log_folder,
        start::open_log_folder,
        chapter::chapter_status,
        chapter::save_settings,
        chapter::open_sample,
        chapter::leave_sample,
        chapter::time_zones,
        people::search_people,
        people::get_person,
        people::find_duplicates,
        people::compare_people,
        people::merge_people,
        people::mark_not_duplicates,
        people::create_person,
        people::update_person,
        people::log_one_on_one,
        people::complete_follow_up,
        people::follow_ups,
        people::ladder_levels,
        people::rename_ladder_level,
        people::set_ladder_level,
        files::choose_list_file,
        import::import_people,
        export::export_people,
        meetings::list_meetings,
        meetings::get_meeting,
        meetings::create_meeting,
        meetings::update_meeting,
        meetings::match_attendee,
        meetings::record_attendance,
        meetings::add_new_attendee,
        meetings::remove_attendance,
        meetings::sign_in_summary,
        meetings::print_meeting_sign_in,
        needs::list_assessments,
        needs::get_assessment,
        needs::create_assessment,
        needs::save_survey,
        needs::print_needs_forms,
        needs::needs_form_pages,
        needs::print_needs_report,
        needs::enter_response,
        needs::recent_responses,
        needs::remove_response,
        needs::needs_ranking,
        needs::needs_follow_ups,
        needs::mark_respondent_followed_up,
        needs::program_candidates,
        needs::score_program,
        needs::add_program,
        needs::make_project,
        print::print_sign_in,
        print::open_in_viewer,
        backup::backup_to,
        backup::restore_from,
        backup::cancel_job,
        backup::list_backups,
        backup::suggested_backup_path,
    ]
}
