// Unit tests read English whatever the machine's language: the window's language starts from
// `navigator.languages`, which newer Node versions fill in from the system's locale.
import { locale } from "./locale.svelte";

locale.code = "en";
