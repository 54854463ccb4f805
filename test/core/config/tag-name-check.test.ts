/** git's check-ref-format rules, applied to the tags a config makes. */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { tagNameProblem } from '../../../src/core/config/tag-name-check.js';

describe('tagNameProblem', () => {
  it.each(['v1.2.3', '1.2.3', 'widget-v1.2.3', 'widget/v1.2.3', 'widget@1.2.3', 'widget_v1.2.3', 'widget--v1.2.3', 'widgetv1.2.3', '@scope/widget-v1.2.3'])('%s is fine', (tag) => {
    expect(tagNameProblem(tag)).toBeUndefined();
  });
  it.each([
    ['widget v1.2.3', 'it contains a space'],
    ['widget:v1.2.3', 'it contains ":"'],
    ['widget~v1.2.3', 'it contains "~"'],
    ['widget\tv1.2.3', 'it contains a control character (U+0009)'],
    ['widget..v1.2.3', 'it contains ".."'],
    ['widget@{v1.2.3', 'it contains "@{"'],
    ['widget//v1.2.3', 'it has an empty part ("/" at an end, or "//")'],
    ['widget/.v1.2.3', 'a part of it starts with "."'],
    ['a.lock/v1.2.3', 'a part of it ends in ".lock"'],
  ])('%j: %s', (tag, why) => {
    expect(tagNameProblem(tag)).toBe(why);
  });
});

describe('in a config', () => {
  it('is only checked where the separator is used: without a component it never is', () => {
    expect(() => parseReleaseConfig('{"packages": {".": {"release-type": "python", "tag-separator": " "}}}', 'c.json')).not.toThrow();
    expect(() => parseReleaseConfig('{"packages": {".": {"release-type": "python", "package-name": "w", "include-component-in-tag": false, "tag-separator": " "}}}', 'c.json')).not.toThrow();
    expect(() => parseReleaseConfig('{"packages": {".": {"release-type": "python", "package-name": "w", "tag-separator": " "}}}', 'c.json')).toThrow(/tag-separator/);
  });
});
