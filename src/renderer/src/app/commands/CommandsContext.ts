import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
} from 'react';

/** Something the command palette can run: a button's action, named for the palette. */
export interface Command {
  id: string;
  label: string;
  /** A grouping heading in the palette ("Import", "Open"…). */
  group: string;
  /** As aria-keyshortcuts writes it; shown beside the label in the platform's own form. */
  shortcut?: string;
  /** Other words it is found by, not shown (an edition's date as 2026-03-14). */
  keywords?: string;
  run: () => void;
}

export interface CommandRegistry {
  register: (command: Command) => () => void;
  /** The same array until the commands change. */
  list: () => Command[];
  /** Runs when the set of commands changes, so an open palette can refresh. */
  subscribe: (listener: () => void) => () => void;
}

export const CommandsContext = createContext<CommandRegistry | null>(null);

export function createCommandRegistry(): CommandRegistry {
  const commands = new Map<string, Command>();
  const listeners = new Set<() => void>();
  // One array per change: useSyncExternalStore needs the same snapshot until something changes.
  let snapshot: Command[] = [];
  const changed = () => {
    snapshot = [...commands.values()];
    listeners.forEach((listener) => listener());
  };
  return {
    register(command) {
      commands.set(command.id, command);
      changed();
      return () => {
        if (commands.get(command.id) === command) commands.delete(command.id);
        changed();
      };
    },
    list: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Offers a command to the palette while the component is mounted. `run` may change on every
 * render; the palette always calls the latest one.
 */
export function useCommand(command: Command | null): void {
  const registry = useContext(CommandsContext);
  const latest = useRef(command);
  useLayoutEffect(() => {
    latest.current = command;
  });
  const id = command?.id;
  const label = command?.label;
  const group = command?.group;
  const shortcut = command?.shortcut;
  const keywords = command?.keywords;
  useEffect(() => {
    if (!registry || id === undefined || label === undefined || group === undefined) return;
    return registry.register({
      id,
      label,
      group,
      shortcut,
      keywords,
      run: () => latest.current?.run(),
    });
  }, [registry, id, label, group, shortcut, keywords]);
}

export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(CommandsContext);
  if (!registry) throw new Error('useCommandRegistry outside CommandsContext');
  return registry;
}

/**
 * A command another part of the window offers (the Settings button's "open.settings"), to run
 * it as from there; undefined while none offers it. Follows the registry as commands come and go.
 */
export function useOfferedCommand(id: string): Command | undefined {
  const registry = useContext(CommandsContext);
  const list = useSyncExternalStore(
    registry?.subscribe ?? noSubscription,
    registry?.list ?? noCommands,
  );
  return list.find((command) => command.id === id);
}

const NO_COMMANDS: Command[] = [];
const noCommands = (): Command[] => NO_COMMANDS;
const noSubscription = (): (() => void) => () => {};
