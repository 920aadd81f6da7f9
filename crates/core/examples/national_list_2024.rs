//! Writes an invented national list in the 2024 layout, for benchmarks:
//! `cargo run --release -p groundwork-core --example national_list_2024 -- ROWS FILE`.

use std::io::Write;

const FIRST: &[&str] = &[
    "Ana", "Keisha", "Tomás", "Linh", "Darnell", "Siobhán", "Fatima", "José", "Mai", "Earl",
];
const LAST: &[&str] = &[
    "Delgado",
    "Nguyễn",
    "Washington",
    "O'Brien",
    "Hassan",
    "Reyes",
    "Kim",
    "Mensah",
    "Flores",
];
const STATUS: &[&str] = &["Member in Good Standing", "member", "Lapsed", "expired"];

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let rows: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(50_000);
    let path = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| "list-2024.csv".into());
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    out.write_all("\u{feff}first_name,middle_name,last_name,suffix,address1,address2,city,state,zip,best_phone,mobile_phone,home_phone,work_phone,email,do_not_call,p2ptext_optout,join_date,xdate,membership_status,membership_type,monthly_dues_status,yearly_dues_status,union_member,union_name,union_local,student_yes_no,accommodations,race,list_date,actionkit_id\r\n".as_bytes())?;
    for i in 0..rows {
        let first = FIRST[i % FIRST.len()];
        let last = LAST[(i / 7) % LAST.len()];
        let phone = format!("312-55{}-{:04}", 5 + (i / 10_000) % 4, i % 10_000);
        writeln!(
            out,
            "{first},,{last},,\"{} Elm St, Apt {}\",,Chicago,IL,{},{phone},{phone},,,member{i}@example.org,,{},{}/{}/20{:02},2027-01-01,{},monthly,active,,no,,,no,,\"Black, Latino\",2024-11-01,{}\r",
            100 + i % 900,
            i % 40,
            60600 + i % 50,
            if i % 13 == 0 { "TRUE" } else { "" },
            1 + i % 12,
            1 + i % 28,
            10 + i % 14,
            STATUS[i % STATUS.len()],
            500_000 + i
        )?;
    }
    out.flush()
}
