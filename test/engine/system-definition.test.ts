import { extractHandover } from '../../src/engine/extract';
import { definesTheSystem } from '../../src/engine/sections/system-definition';
import { readLabelled } from '../engine-input/tools/labelled';

describe('the sentence that says what the system is', () => {
  test.each([
    'Yeah, so, Slate is the theatre list scheduler for the trust, both sites, fourteen theatres in total.',
    'so herder is the dispatcher for the robot fleet in the warehouses',
    'So Porterline is how the hospital asks for a porter.',
    'so this is the KT for Switchboard, which is the thing that routes the website chats to the support agents',
  ])('"%s" defines the system', (sentence) => {
    expect(definesTheSystem(sentence)).toBe(true);
  });

  test.each([
    // opening the call for a system, or logistics, defines nothing
    'So this is the handover for Tradeline, and Teams is recording, so we can turn it into the handover page afterwards.',
    'Okay, so today is the KT for the bag track service, and the transcript will go into the page.',
    "Ruth's our lead pharmacist for the digital side of things.",
    'the schedules are what unlock the front doors at seven for the community manager',
  ])('"%s" does not', (sentence) => {
    expect(definesTheSystem(sentence)).toBe(false);
  });

  test('said after a failure story, before any topic was asked for, it still gives the overview its name', async () => {
    const { transcript } = await readLabelled('test/fixtures/holdout/zoom-theatre-scheduling.gold.json');
    const overview = extractHandover(transcript).sections.find((s) => s.id === 'system-overview')!;
    const named = overview.items.find((i) => i.text.includes('Slate is the theatre list scheduler'));
    expect(named?.field).toBe('System name');
    expect(overview.missing).not.toContain('System name');
  });
});
