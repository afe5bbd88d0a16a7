// Types of `coalition-map/element` (element.js), which registers <coalition-map>: its attributes,
// events and methods. Copied into the package by scripts/package.mjs; the events' names and details
// are www/embed-events.js's.
import type { LoadResult, Point, View } from './coalition_map.js';

export { setAssetBase } from './coalition.js';

/** The element's attributes (all strings in HTML; listed with the values each accepts). */
export interface CoalitionMapAttributes {
  /** A guided story's id: the element shows its first step, with the story's controls. */
  story?: string;
  /** A story's step id: the element shows that one step, with Explore but no stepping. */
  step?: string;
  /** Selected actor: an ISO 3166-1 alpha-3 code, an organisation id (`arab-league`) or a name. */
  country?: string;
  /** Date shown, `YYYY-MM-DD` (absent: the end of the story). */
  date?: string;
  framing?: 'region' | 'gulf' | 'world';
  /** The map's zoom and pan over its framing, `lon,lat,zoom`. */
  view?: string;
  /** Selected timeline item id. */
  item?: string;
  /** A second date: the map shows what changed since. */
  compare?: string;
  /** The map's status filter, a comma list (`signed,attended`). */
  status?: string;
  /** Pledge kinds shown on the timeline, a comma list (`air_strikes,aircraft`). */
  kinds?: string;
  /** `kind` for the by-kind timeline (absent: by country). */
  timeline?: 'kind';
  /** The timeline's days, `YYYY-MM-DD..YYYY-MM-DD`. */
  window?: string;
  /** A whole view as a URL query string, under the single attributes. */
  state?: string;
  /** Default: the reader's system setting. */
  theme?: 'light' | 'dark';
  /** URL of another dataset of the same schema, validated before it replaces the embedded one. */
  dataset?: string;
}

/** `country-select`: the reader selected a country (or cleared the selection: both null). */
export interface CountrySelectDetail { code: string | null; name: string | null }
/** `date-change`: the reader changed the date (null: the end of the story, the default). */
export interface DateChangeDetail { date: string | null }
/** `story-step`: the reader stepped a guided story: its id, the step shown (0-based), how many. */
export interface StoryStepDetail { story: string; step: number; count: number }

/** The events the element sends; each bubbles and is composed (it leaves the shadow root). */
export interface CoalitionMapEventMap extends HTMLElementEventMap {
  'country-select': CustomEvent<CountrySelectDetail>;
  'date-change': CustomEvent<DateChangeDetail>;
  'story-step': CustomEvent<StoryStepDetail>;
}

export declare const EVENTS: Readonly<{ select: 'country-select'; date: 'date-change'; step: 'story-step' }>;

export declare class CoalitionMapElement extends HTMLElement {
  /** The package version of the copy that defined the class. */
  static readonly version: string;
  /** Resolves to true once the map is drawn, false if it could not be (the element says why). */
  readonly ready: Promise<boolean>;
  /** The view shown, or null before the element is ready. */
  readonly view: View | null;
  /** Selects a country (code, name or alias; null clears); returns the code selected, or null. */
  select(code: string | null): string | null;
  /** Shows a date, `YYYY-MM-DD` (null: the end of the story). */
  setDate(iso: string | null): void;
  setFraming(framing: 'region' | 'gulf' | 'world'): void;
  /** Where a country sits on the map, in CSS px from the canvas's top left, or null. */
  locate(code: string): Point | null;
  /** Replaces the dataset (JSON text or an object of the same schema); validated first. */
  loadDataset(data: string | object): Promise<LoadResult>;
  addEventListener<K extends keyof CoalitionMapEventMap>(type: K, listener: (this: CoalitionMapElement, ev: CoalitionMapEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CoalitionMapEventMap>(type: K, listener: (this: CoalitionMapElement, ev: CoalitionMapEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Registers the element as `tag` (default `coalition-map`; element.js calls it on import) and returns
 * the class the tag has. If another copy of the package defined the tag first, this copy warns and
 * steps aside (the first copy's class is returned). On a server (no custom elements) returns null.
 */
export declare function defineCoalitionMap(tag?: string): CustomElementConstructor | null;

declare global {
  interface HTMLElementTagNameMap {
    'coalition-map': CoalitionMapElement;
  }
  interface GlobalEventHandlersEventMap {
    'country-select': CustomEvent<CountrySelectDetail>;
    'date-change': CustomEvent<DateChangeDetail>;
    'story-step': CustomEvent<StoryStepDetail>;
  }
}
