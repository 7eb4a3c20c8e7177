// Type-only: `import '@minimax-kit/widgets/vue'` once, and Vue's templates (vue-tsc, Volar) know
// every widget tag as a global component: its properties and its `@mm-*` events. Vue still needs
// `isCustomElement` for the `mm-` prefix at run time (see the README).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { WidgetTag, WidgetTags } from './widget-tags.js';

/** A widget as Vue's type checker sees a component: its props and the events it emits. */
export type VueWidget<T extends WidgetTag> = new () => T['element'] & {
  $props: HTMLAttributes & Partial<T['properties']> & PublicProps;
  $emit: EmitFn<{ [E in keyof T['events']]: (event: T['events'][E]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'mm-cost-calculator': VueWidget<WidgetTags['mm-cost-calculator']>;
    'mm-quota-meter': VueWidget<WidgetTags['mm-quota-meter']>;
    'mm-rate-gauge': VueWidget<WidgetTags['mm-rate-gauge']>;
    'mm-spend-meter': VueWidget<WidgetTags['mm-spend-meter']>;
  }
}
