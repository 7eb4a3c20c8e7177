// Type-only: `import '@minimax-kit/widgets/react'` once, and React 19's JSX knows every widget tag,
// its properties and its `on<mm-event>` handlers (React 19 sets properties and listens to events of
// custom elements). Register the tags themselves by importing the widgets as usual.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WidgetTag, WidgetTags } from './widget-tags.js';

/** A widget's props in React 19: an element's usual props, its properties, `on<mm-event>` handlers. */
export type ReactWidgetProps<T extends WidgetTag> = DetailedHTMLProps<
  HTMLAttributes<T['element']>,
  T['element']
> &
  Partial<T['properties']> & {
    [E in keyof T['events'] & string as `on${E}`]?: (event: T['events'][E]) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mm-cost-calculator': ReactWidgetProps<WidgetTags['mm-cost-calculator']>;
      'mm-quota-meter': ReactWidgetProps<WidgetTags['mm-quota-meter']>;
      'mm-rate-gauge': ReactWidgetProps<WidgetTags['mm-rate-gauge']>;
      'mm-spend-meter': ReactWidgetProps<WidgetTags['mm-spend-meter']>;
    }
  }
}
