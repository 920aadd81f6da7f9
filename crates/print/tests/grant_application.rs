use chrono::NaiveDate;
use groundwork_core::grants::{
    Application, ApplicationInput, ApplicationStatus, BudgetLine, BudgetLineInput, Initiative,
    InitiativeInput, Milestone, MilestoneInput, Missing, NeedEvidence, Partner,
};
use groundwork_core::ids::{
    ApplicationId, BudgetLineId, EdgeId, MapId, MilestoneId, NodeId, OrganizationId, PersonId,
    ProjectId,
};
use groundwork_core::msg;
use groundwork_core::orgs::{OrgKind, Relationship};
use groundwork_core::power_map::{
    Direction, EdgeInput, MapEdge, MapNode, NodeInput, NodeKind, PowerMap,
};
use groundwork_core::settings::{Lang, LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::grant_application::{render, CampaignMap, GrantApplicationPaper};

use crate::{page_size, page_sizes, qpdf_ok, text_of, write};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn line(item: &str, quantity: u32, unit_cost_cents: i64) -> BudgetLine {
    BudgetLine {
        id: BudgetLineId::new(),
        fields: BudgetLineInput {
            item: item.into(),
            quantity,
            unit_cost_cents,
        },
        total_cents: i64::from(quantity) * unit_cost_cents,
    }
}

fn application(budget: Vec<BudgetLine>) -> Application {
    let project_id = ProjectId::new();
    Application {
        id: ApplicationId::new(),
        project_id,
        project_title: "Eastside tenant union".into(),
        fields: ApplicationInput {
            amount_cents: 80_000,
            starts_on: day("2027-02-01"),
            ends_on: day("2027-06-30"),
            base_building: Some(
                "Tenants in the six buildings meet each other door to door.\n\nEvery meeting \
                 has childcare and Spanish interpretation."
                    .into(),
            ),
            sustaining: Some("Dues from the tenant union's members.".into()),
        },
        budget_total_cents: budget.iter().map(|l| l.total_cents).sum(),
        budget,
        milestones: vec![
            Milestone {
                id: MilestoneId::new(),
                fields: MilestoneInput {
                    due_on: day("2027-03-15"),
                    what: "Every door in the six buildings knocked".into(),
                },
            },
            Milestone {
                id: MilestoneId::new(),
                fields: MilestoneInput {
                    due_on: day("2027-06-15"),
                    what: "The union's first assembly".into(),
                },
            },
        ],
        status: ApplicationStatus::Submitted,
        awarded_cents: None,
        missing: Vec::new(),
        is_sample: false,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

fn initiative(project_id: ProjectId) -> Initiative {
    Initiative {
        project_id,
        title: "Eastside tenant union".into(),
        fields: InitiativeInput {
            description: Some("A tenant union across the six Larch Street buildings.".into()),
            coalition: true,
            goal_reached: Some(300),
            goal_one_on_ones: Some(60),
            goal_new_members: Some(25),
            goal_new_leaders: Some(4),
            responsible_id: Some(PersonId::new()),
        },
        partners: vec![
            Partner {
                id: OrganizationId::new(),
                name: "Larch Street Tenants".into(),
                kind: OrgKind::TenantAssociation,
                relationship: Relationship::Ally,
                members_tied: 7,
                strongest_tie: Some(5),
            },
            Partner {
                id: OrganizationId::new(),
                name: "Iglesia San José".into(),
                kind: OrgKind::Congregation,
                relationship: Relationship::Friendly,
                members_tied: 3,
                strongest_tie: Some(4),
            },
        ],
    }
}

fn paper<'a>(
    application: &'a Application,
    initiative: &'a Initiative,
    evidence: &'a [NeedEvidence],
    catalogs: &'a [Catalog],
    size: PaperSize,
) -> GrantApplicationPaper<'a> {
    GrantApplicationPaper {
        application,
        initiative,
        responsible: Some("Rosa Martínez"),
        evidence,
        maps: &[],
        chapter_name: "Nguyễn Skłodowska Chapter",
        paper: size,
        catalogs,
        printed_on: day("2026-12-07"),
        is_sample: false,
    }
}

fn housing() -> Vec<NeedEvidence> {
    vec![NeedEvidence {
        key: "housing".into(),
        titles: vec![
            (Lang::En, "Housing and rent".into()),
            (Lang::Es, "Vivienda y renta".into()),
        ],
        rank: 1,
        needs_ranked: 12,
        respondents: 231,
        responses: 412,
        assessment: "Eastside 2026".into(),
    }]
}

fn squashed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn an_application_prints_its_budget_and_timeline_in_both_languages_on_either_paper() {
    let dir = tempfile::tempdir().unwrap();
    let a = application(vec![
        line("Childcare at six meetings", 6, 5_000),
        line("Flyers and door hangers", 1000, 20),
        line("Food for the assembly", 1, 30_000),
    ]);
    let i = initiative(a.project_id);
    let catalogs = Catalog::all_of(LanguageChoice::EnEs);
    for (size, name) in [(PaperSize::Letter, "letter"), (PaperSize::A4, "a4")] {
        let printed = render(&paper(&a, &i, &housing(), &catalogs, size)).unwrap();
        let path = write(dir.path(), &format!("{name}.pdf"), &printed.bytes);

        qpdf_ok(&path);
        let text = squashed(&text_of(&path));
        for words in [
            "Application for a small grant",
            "Solicitud de una pequeña subvención",
            "Eastside tenant union",
            "Amount requested: $800.00",
            "Cantidad solicitada: $800.00",
            "Runs from February 1, 2027 to June 30, 2027 (5 months)",
            "Del 1 de febrero de 2027 al 30 de junio de 2027 (5 meses)",
            "Responsible: Rosa Martínez",
            "Run in coalition with partner organizations",
            "Sent to national",
            "Childcare at six meetings 6 $50.00 $300.00",
            "Flyers and door hangers 1000 $0.20 $200.00",
            "$800.00",
            "Every door in the six buildings knocked",
            "March 15, 2027",
            "People reached / Personas alcanzadas 300",
            "Partner organizations / Organizaciones aliadas",
            "Housing and rent: named by 231 of the 412 residents who answered the Eastside 2026 needs assessment (56%), ranked 1 of 12 needs.",
            "Vivienda y renta: la nombraron 231 de los 412 residentes",
            "Larch Street Tenants",
            "Signed for the chapter",
        ] {
            assert!(text.contains(words), "{name}: no '{words}' in {text}");
        }
        assert!(page_size(&path).contains(if size == PaperSize::A4 { "595" } else { "612" }));
    }
}

#[test]
fn a_long_budget_goes_on_overleaf_under_its_header_again() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<BudgetLine> = (0..40)
        .map(|n| line(&format!("Bus passes for the week of meeting {n}"), 2, 1_000))
        .collect();
    let a = application(lines);
    let i = initiative(a.project_id);
    let catalogs = Catalog::all_of(LanguageChoice::En);
    let printed = render(&paper(&a, &i, &[], &catalogs, PaperSize::Letter)).unwrap();
    assert!(printed.pages >= 2, "{} pages", printed.pages);
    let path = write(dir.path(), "long.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = text_of(&path);
    let headers = text.matches("Unit cost").count();
    assert!(headers >= 2, "the header is printed {headers} times");
    assert!(text.contains("meeting 39"));
    assert!(!text.contains("Cantidad"), "English only");
}

#[test]
fn a_draft_says_what_is_still_to_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = application(Vec::new());
    a.status = ApplicationStatus::Draft;
    a.fields.sustaining = None;
    a.missing = vec![
        Missing {
            key: "sustaining".into(),
            what: msg!("grant-needs-sustaining"),
        },
        Missing {
            key: "budget".into(),
            what: msg!("grant-needs-budget"),
        },
    ];
    let i = initiative(a.project_id);
    let catalogs = Catalog::all_of(LanguageChoice::Es);
    let printed = render(&paper(&a, &i, &[], &catalogs, PaperSize::A4)).unwrap();
    let path = write(dir.path(), "draft.pdf", &printed.bytes);
    let text = squashed(&text_of(&path));
    assert!(
        text.contains("Falta escribir antes de poder enviarla: Cómo sigue el trabajo después de la subvención; Presupuesto"),
        "{text}"
    );
    assert!(text.contains("Aún no está escrito."), "{text}");
    assert!(text.contains("Borrador"), "{text}");
}

/// The campaign's map: a landlord who decides, the city office over it, and the tenants.
fn campaign_map() -> PowerMap {
    let node = |label: &str, kind: NodeKind, alignment: f64, power: f64, target: bool| {
        let mut fields = NodeInput::named(label, kind);
        fields.alignment = alignment;
        fields.power = power;
        fields.is_target = target;
        MapNode {
            id: NodeId::new(),
            fields,
        }
    };
    let nodes = vec![
        node(
            "Larch Property Management",
            NodeKind::Organization,
            -1.5,
            3.5,
            true,
        ),
        node("Inspector", NodeKind::Person, 0.0, 3.0, false),
        node(
            "Larch Street Tenants",
            NodeKind::Organization,
            1.8,
            1.0,
            false,
        ),
    ];
    let edges = vec![MapEdge {
        id: EdgeId::new(),
        fields: EdgeInput {
            from: nodes[1].id,
            to: nodes[0].id,
            label: Some("inspects".into()),
            strength: Some(3),
            direction: Direction::Directed,
        },
    }];
    PowerMap {
        id: MapId::new(),
        campaign_id: None,
        name: "Who decides on the repairs".into(),
        source: "groundwork".into(),
        nodes,
        edges,
        is_sample: false,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

#[test]
fn the_campaigns_power_map_is_attached_after_the_signature() {
    let dir = tempfile::tempdir().unwrap();
    let a = application(vec![line("Flyers", 100, 800)]);
    let i = initiative(a.project_id);
    let maps = [CampaignMap {
        map: campaign_map(),
    }];
    for (choice, size, title) in [
        (
            LanguageChoice::En,
            PaperSize::Letter,
            "Who decides on the repairs Power map: who decides",
        ),
        (
            LanguageChoice::Es,
            PaperSize::A4,
            "Who decides on the repairs Mapa de poder: quién decide",
        ),
    ] {
        let catalogs = Catalog::all_of(choice);
        let printed = render(&GrantApplicationPaper {
            maps: &maps,
            ..paper(&a, &i, &[], &catalogs, size)
        })
        .unwrap();
        let path = write(dir.path(), &format!("{choice:?}.pdf"), &printed.bytes);
        qpdf_ok(&path);
        let text = squashed(&text_of(&path));
        let signed = text.find(if choice == LanguageChoice::En {
            "Signed for"
        } else {
            "Firmado"
        });
        let map = text.find(title);
        assert!(signed.is_some() && map > signed, "{text}");
        // The map's page is turned sideways, the others are not.
        assert_eq!(printed.pages, 3);
        let sizes = page_sizes(&path);
        assert!(
            sizes[0].0 < sizes[0].1 && sizes[2].0 > sizes[2].1,
            "{sizes:?}"
        );
        for label in ["Larch Property", "Inspector", "Larch Street Tenants"] {
            assert!(text.contains(label), "no {label} in {text}");
        }
    }
}
