// The action's entry: build the Actions runtime and hand over. Nothing else lives here.
// First, so that it holds from the first allocation on.
import './v8-settings.js';
import { systemClock } from './adapters/clock.js';
import { ActionsRuntime } from './adapters/runtime/actions-runtime.js';
import { runAction } from './main.js';

await runAction(new ActionsRuntime(), systemClock);
