// Invented rounds, applications and a pretend committee backend for the Rounds area's tests.
import { vi } from "vitest";
import type {
  ApplicationId,
  Criterion,
  CriterionInput,
  Decision,
  ImportedFile,
  IpcError,
  Ledger,
  Received,
  ReviewerId,
  ReviewSheet,
  ReviewView,
  Reviewer,
  Round,
  RoundId,
  RoundInput,
  ScoreInput,
} from "../api/types";
import { formatDollars } from "../grants/money";
import { said } from "../grants/test-grants";
import { applicationId, criterionId, projectId, reviewerId, roundId } from "../test-ids";
import type { RoundsPorts } from "./rounds.svelte";

export function round(id = "r-1", over: Partial<RoundInput> = {}): Round {
  return {
    id: roundId(id),
    fields: {
      name: "Base-building grants, first round",
      budget_cents: 2_000_000,
      opens_on: "2027-01-01",
      deadline: "2027-03-01",
      ...over,
    },
    created_at: "2026-12-01T15:00:00Z",
  };
}

export const RUBRIC: Criterion[] = [
  { id: criterionId("c-1"), name: "Builds a lasting base", weight: 3 },
  { id: criterionId("c-2"), name: "Develops new leaders", weight: 1 },
];

/** An application a chapter sent asking `asked` cents, waiting for a decision. */
export function received(id: string, chapter: string, asked = 80_000, over: Partial<Received> = {}): Received {
  return {
    id: applicationId(id),
    round_id: roundId("r-1"),
    chapter_name: chapter,
    fingerprint: "A843-28FA-AE82-5285",
    region: null,
    sent: {
      application_id: applicationId(id),
      revision: "rev-1",
      sent_at: "2027-02-01T15:00:00Z",
      content: {
        chapter: { name: chapter, languages: ["es", "en"], time_zone: "America/Chicago" },
        initiative: {
          project_id: projectId("pr-1"),
          title: `Tenant union — ${chapter}`,
          description: "Tenants of three buildings organize for repairs",
          coalition: false,
          goal_reached: 120,
          goal_one_on_ones: 40,
          goal_new_members: 25,
          goal_new_leaders: 4,
          responsible: "Rosa Martínez",
          needs: ["housing"],
          partners: [],
          evidence: [],
        },
        application: {
          amount_cents: asked,
          starts_on: "2027-04-01",
          ends_on: "2027-07-31",
          base_building: "Door knocking in every building",
          sustaining: "Dues from the new members",
        },
        budget: [{ item: "Flyers", quantity: 4, unit_cost_cents: asked / 4 }],
        milestones: [{ due_on: "2027-05-01", what: "First meeting" }],
      },
    },
    revisions: 1,
    status: "received",
    awarded_cents: null,
    decision_reason: null,
    ...over,
  };
}

function refusal(kind: IpcError["kind"], id: string, text: string, field: string | null = null): IpcError {
  return { kind, message: text, details: null, field, reason: field ? text : null, said: said(id, text), refused: null };
}

/**
 * The committee's backend in memory: the round's ledger, an award that over-commits refused
 * as the real one refuses it, a reviewer with a conflict of interest refused the sheet, and
 * import answers handed out in turn.
 */
export function fakeCommittee(options: { rounds?: Round[]; applications?: Received[]; budget?: number } = {}) {
  let rounds = options.rounds ?? [round()];
  let applications = options.applications ?? [received("a-1", "Eastside"), received("a-2", "Riverside", 60_000)];
  let rubric = [...RUBRIC];
  let reviewers: Reviewer[] = [
    { id: reviewerId("v-ana"), name: "Ana Reyes" },
    { id: reviewerId("v-tom"), name: "Tom Okafor" },
  ];
  const reviews = new Map<string, { scores: ScoreInput[]; notes: string | null }>();
  const recused = new Set<string>();
  let disbursed = 0;
  const imports: (ImportedFile | null | IpcError)[] = [];
  const calls: string[] = [];
  const budget = () => options.budget ?? rounds[0].fields.budget_cents;
  const committed = (except?: ApplicationId) =>
    applications.filter((a) => a.id !== except).reduce((sum, a) => sum + (a.awarded_cents ?? 0), 0);
  const ledger = (): Ledger => ({
    budget: budget(),
    committed: committed(),
    disbursed,
    remaining: Math.max(0, budget() - committed()),
  });
  const key = (a: ApplicationId, r: ReviewerId) => `${a} ${r}`;
  const nameOf = (r: ReviewerId) => reviewers.find((v) => v.id === r)?.name ?? "?";

  const sheet = (application: ApplicationId): ReviewSheet => {
    const views: ReviewView[] = [];
    for (const reviewer of reviewers) {
      const review = reviews.get(key(application, reviewer.id));
      if (!review) continue;
      const scores = rubric.map((c): [Criterion, number] => [
        c,
        review.scores.find((s) => s.criterion === c.id)?.score ?? 0,
      ]);
      const weights = scores.reduce((sum, [c]) => sum + c.weight, 0);
      const weighted = scores.reduce((sum, [c, s]) => sum + c.weight * s, 0) / weights;
      views.push({ reviewer, scores, weighted, notes: review.notes });
    }
    const mean = views.length === 0 ? null : views.reduce((sum, v) => sum + v.weighted, 0) / views.length;
    const out = reviewers.filter((r) => recused.has(key(application, r.id)));
    return { application, reviews: views, recused: out, mean };
  };

  const ports: RoundsPorts = {
    listRounds: vi.fn(async () => rounds),
    createRound: vi.fn(async (input: RoundInput) => {
      if (input.name === "Taken") throw refusal("invalid_input", "round-name-missing", "name your round", "name");
      const made = round(`r-${rounds.length + 1}`, input);
      rounds = [made, ...rounds];
      calls.push(`create ${input.name} ${input.budget_cents}`);
      return made;
    }),
    getRound: vi.fn(async (id: RoundId) => {
      const found = rounds.find((r) => r.id === id);
      if (!found) throw refusal("not_found", "thing-grant-round", "gone");
      return { round: found, ledger: ledger(), applications, rubric };
    }),
    importApplicationFile: vi.fn(async () => {
      const next = imports.shift() ?? null;
      if (next !== null && "kind" in next) throw next;
      return next;
    }),
    saveRubric: vi.fn(async (_round: RoundId, criteria: CriterionInput[]) => {
      rubric = criteria.map((c, i) => ({ id: c.id ?? criterionId(`c-new-${i}`), name: c.name, weight: c.weight }));
      calls.push(`rubric ${criteria.map((c) => `${c.name}×${c.weight}`).join(", ")}`);
      return rubric;
    }),
    listReviewers: vi.fn(async () => reviewers),
    addReviewer: vi.fn(async (name: string) => {
      if (reviewers.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
        throw refusal("conflict", "reviewer-name-taken", `${name} is already a reviewer`);
      }
      const made = { id: reviewerId(`v-${reviewers.length + 1}`), name };
      reviewers = [...reviewers, made];
      return made;
    }),
    reviewSheet: vi.fn(async (application: ApplicationId, viewer: ReviewerId | null) => {
      if (viewer !== null && recused.has(key(application, viewer))) {
        throw refusal(
          "conflict",
          "review-recused-cannot-see",
          `${nameOf(viewer)} declared a conflict of interest with this application and cannot see its reviews`,
        );
      }
      return sheet(application);
    }),
    saveReview: vi.fn(async (application: ApplicationId, reviewer: ReviewerId, scores: ScoreInput[], notes: string | null) => {
      reviews.set(key(application, reviewer), { scores, notes });
      calls.push(`review ${application} ${nameOf(reviewer)} ${scores.map((s) => s.score).join(",")}`);
      return sheet(application);
    }),
    declareConflict: vi.fn(async (application: ApplicationId, reviewer: ReviewerId, reason: string | null) => {
      recused.add(key(application, reviewer));
      reviews.delete(key(application, reviewer));
      calls.push(`conflict ${application} ${nameOf(reviewer)} ${reason}`);
      return null;
    }),
    decideApplication: vi.fn(async (application: ApplicationId, decision: Decision) => {
      if (decision.kind === "award") {
        const left = Math.max(0, budget() - committed(application));
        if (decision.cents > left) {
          const [award, l, short] = [decision.cents, left, decision.cents - left].map(formatDollars);
          throw refusal(
            "conflict",
            "grant-award-over-commits",
            `an award of ${award} would over-commit the round: ${l} is left, ${short} short`,
          );
        }
      }
      applications = applications.map((a) =>
        a.id !== application
          ? a
          : {
              ...a,
              status: decision.kind === "award" ? "awarded" : "declined",
              awarded_cents: decision.kind === "award" ? decision.cents : null,
              decision_reason: decision.reason,
            },
      );
      calls.push(`decide ${application} ${decision.kind}`);
      return applications.find((a) => a.id === application)!;
    }),
    setChapterRegion: vi.fn(async (application: ApplicationId, region: string | null) => {
      const chapter = applications.find((a) => a.id === application)!.fingerprint;
      applications = applications.map((a) => (a.fingerprint === chapter ? { ...a, region } : a));
      calls.push(`region ${application} ${region}`);
      return applications.find((a) => a.id === application)!;
    }),
    knownRegions: vi.fn(async () => [
      ...new Set(applications.flatMap((a) => (a.region === null ? [] : [a.region]))),
    ]),
    recordPayment: vi.fn(async (application: ApplicationId, amount: number, paidOn: string) => {
      const found = applications.find((a) => a.id === application)!;
      if (amount > (found.awarded_cents ?? 0)) {
        throw refusal("conflict", "grant-pay-past-award", "a payment is more than what is left of the award");
      }
      disbursed += amount;
      calls.push(`pay ${application} ${amount} ${paidOn}`);
      return ledger();
    }),
  };
  return {
    ports,
    calls,
    /** The answer the next "Import an application file" gets. */
    willImport(answer: ImportedFile | null | IpcError, arriving?: Received) {
      imports.push(answer);
      if (arriving) applications = [...applications.filter((a) => a.id !== arriving.id), arriving];
    },
  };
}

/** Lets every settled promise run its callbacks. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
