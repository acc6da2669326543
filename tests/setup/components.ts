/**
 * Component tests (app/**\/*.test.tsx): happy-dom, Testing Library cleaned up
 * after each test. Render with `renderRoute()` from tests/helpers/components.tsx.
 */
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());
