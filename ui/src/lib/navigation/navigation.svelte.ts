import { createContext } from "svelte";

/** Which area of the app is on screen. Areas are listed in components/views/areas.ts. */
export class Navigation {
  current = $state("");

  constructor(first: string) {
    this.current = first;
  }

  go(area: string): void {
    this.current = area;
  }
}

export const [getNavigation, setNavigation] = createContext<Navigation>();
