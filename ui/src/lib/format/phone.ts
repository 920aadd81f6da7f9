const NORTH_AMERICAN = /^\+1(\d{3})(\d{3})(\d{4})$/;

/**
 * A phone number as the backend compares it (E.164, "+16175550143") written the way people
 * read it: "(617) 555-0143". Numbers outside North America are shown as they came.
 */
export function formatPhone(e164: string): string {
  const match = NORTH_AMERICAN.exec(e164.trim());
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : e164.trim();
}
