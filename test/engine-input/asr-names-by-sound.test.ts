import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('misheard names found by their sound', () => {
  test.each([
    // one odd word with all of the term's sounds, spelled far from it
    ['the platform is QBernities on three nodes', 'Kubernetes'],
    // a long jargon word no dictionary holds
    ['the escalision path goes to the duty manager', 'escalation'],
    // a product name of two words, the second heard as another word
    ['the jobs are chained with step funkshons on aws', 'Step Functions'],
    // an operating system is as listed as any cloud service
    ['the ubunto upgrade on the jump box broke the python version', 'Ubuntu'],
    // the name's last syllable heard as a little word, beside a word no dictionary holds
    ["It's all Spring Boot services on gee kay ee, so Google's managed Cuba net is, bookings live in cloud sequel.", 'Kubernetes'],
    // the article as a name's unstressed vowel, after a word that is not among the commonest
    ["Tech-wise it's Java, Spring Boot services on cube a net ease in AWS, so EKS.", 'Kubernetes'],
    // the z of Azure is a voiced "sh": heard as "ash your" and "Asher"
    ['And three ash your functions pick them up, one sends the receipts', 'Azure Functions'],
    ['The due date job is a timer in Asher functions that runs every night', 'Azure Functions'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    // two listed names are not one another, and American spellings are English
    ['the spring batch job reads the files', 'Spring Boot'],
    ['you can customize the report columns', 'Kustomize'],
    ['her role back then was in finance', 'rollback'],
    ['customer service boss signed the form', 'Service Bus'],
    ['we moved the cluster to the cloud and ran it there', 'Cloud Run'],
    // a spelling listed as one word is not everyday words said in a row
    ['the tree no longer grows by the car park', 'Trino'],
    ['it is a sure thing that the sale goes ahead', 'Azure'],
    ['I will ask your manager about the functions she needs', 'Azure'],
    ['my colleague Asher runs the Kubernetes cluster', 'Azure'],
    // the article inside a phrase is everyday talk, not a name's unstressed vowel
    ['now and then staff sell a seat that somebody just bought online', 'StatefulSet'],
    // a contraction is no word a dictionary lacks: "they're from" is not Terraform
    ["if a node's clock drifts the tokens look like they're from the future and get rejected", 'Terraform'],
    // dictionary words a sound away from a name are everyday talk, even among deploy words
    ['if the deploy misbehaves you swap the slots back in the portal', 'SaltStack'],
    ['after the release you book a test slot in prod and scan it', 'TestFlight'],
    // a product named with an everyday compound is only that compound written as one word
    ['the page is called meter data flow in the wiki', 'Dataflow'],
  ])('ordinary words stay: %s', (sentence, term) => {
    expect(clean(sentence)).not.toContain(term);
  });
});
