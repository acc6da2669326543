import { type MutableRefObject, useCallback, useRef, useState } from "react";
import { type TopicAction, type TopicState, topicReducer } from "./topic-state.ts";

export type TopicStore = {
  state: TopicState;
  /** Always the newest state, also between a dispatch and the next render (socket handlers and the outbox loop read it). */
  current: MutableRefObject<TopicState>;
  dispatch: (action: TopicAction) => void;
};

/**
 * The topic reducer as React state. Unlike useReducer, the newest state can be
 * read right after a dispatch, so a handler that runs twice before React renders
 * never decides on an old copy (for example two messages arriving at once).
 */
export function useTopicStore(init: () => TopicState): TopicStore {
  const [state, setState] = useState(init);
  const current = useRef(state);
  const dispatch = useCallback((action: TopicAction) => {
    const next = topicReducer(current.current, action);
    if (next === current.current) return;
    current.current = next;
    setState(next);
  }, []);
  return { state, current, dispatch };
}
