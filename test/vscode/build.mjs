#!/usr/bin/env node
// Bundles the VS Code API suite into out/vscode-test/ (see harness.mjs).
import { buildSuite } from './harness.mjs';

console.log(`built ${await buildSuite()}`);
