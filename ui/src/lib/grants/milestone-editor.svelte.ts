import * as grantsClient from "../api/client/grants";
import type { Application, ApplicationId, MilestoneInput } from "../api/types";
import { isPlainDate } from "../format/date";
import { t } from "../i18n/locale.svelte";
import { LineEditor, type LineInput } from "./line-editor.svelte";

export type SaveMilestones = Pick<typeof grantsClient, "saveGrantMilestones">;

/** A milestone as typed: the day, and what will be done by then. */
export type MilestoneFields = { dueOn: string; what: string };

/** The initiative's timeline while it is edited, saved whole; the backend keeps it by day. */
export class MilestoneEditor extends LineEditor<MilestoneFields, MilestoneInput> {
  readonly applicationId: ApplicationId;
  protected readonly firstPart = "due_on";
  protected readonly keepsOrder = false;
  readonly #port: SaveMilestones;

  constructor(
    application: Application,
    port: SaveMilestones = { saveGrantMilestones: grantsClient.saveGrantMilestones },
  ) {
    super("milestones");
    this.applicationId = application.id;
    this.#port = port;
    this.start(application);
  }

  protected blank(): MilestoneFields {
    return { dueOn: "", what: "" };
  }

  protected isBlank(fields: MilestoneFields): boolean {
    return fields.dueOn.trim() === "" && fields.what.trim() === "";
  }

  protected fieldsOf(application: Application): MilestoneFields[] {
    return application.milestones.map(({ fields }) => ({ dueOn: fields.due_on, what: fields.what }));
  }

  protected inputOf(fields: MilestoneFields): LineInput<MilestoneInput> {
    if (!isPlainDate(fields.dueOn)) return { part: "due_on", message: t("grants-milestone-day-missing") };
    return { input: { due_on: fields.dueOn, what: fields.what } };
  }

  protected send(milestones: MilestoneInput[]): Promise<Application> {
    return this.#port.saveGrantMilestones(this.applicationId, milestones);
  }
}
