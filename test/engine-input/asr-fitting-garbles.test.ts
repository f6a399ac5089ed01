import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;
/** Fixes that change a word, not only its spelling or case ("vm" -> "VM" is allowed). */
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const changedWords = (s: string) => cleanSpeech(s).fixes.filter((f) => letters(f.from) !== letters(f.to));

/*
 * Garbles of the kinds heard in the fitting transcripts (vendor names split into syllables,
 * names heard as ordinary words), said in new sentences: the lexicon data must carry the
 * kind of garble, not only the exact string of one transcript.
 */
describe('names no English sentence contains are repaired anywhere', () => {
  test.each([
    ['the invoices go through text tract and the results land in S3', 'the invoices go through Textract and the results land in S3'],
    ['the geometry columns use post jis for the service areas', 'the geometry columns use PostGIS for the service areas'],
    ['we added the post gis extension to the reporting database', 'we added the PostGIS extension to the reporting database'],
    ['the readings are written to in flux dee bee every minute', 'the readings are written to InfluxDB every minute'],
    ['the hypertables live in time scale d b with compression on', 'the hypertables live in TimescaleDB with compression on'],
    ['the sensors publish over m cutie tea to the broker', 'the sensors publish over MQTT to the broker'],
    ['the packages are written in pl sequel on the oracle side', 'the packages are written in PL/SQL on the oracle side'],
    ['the batch runs on oracle exa data in the primary site', 'the batch runs on oracle Exadata in the primary site'],
    ['the deploy script is a power shell script on the jump host', 'the deploy script is a PowerShell script on the jump host'],
    ['the queue managers run on ibm empty in the data centre', 'the queue managers run on IBM MQ in the data centre'],
    ['the service is java spring boat on openshift', 'the service is Java Spring Boot on OpenShift'],
    ['the critical results are paged through vo sarah to the ward', 'the critical results are paged through Vocera to the ward'],
    ['every analyzer code is mapped to a loin k code', 'every analyzer code is mapped to a LOINC code'],
    ['the landis and gear head end sends the files at midnight', 'the Landis+Gyr head end sends the files at midnight'],
    ['the orders are in dynamo dee bee and the sessions in mongo dee bee', 'the orders are in DynamoDB and the sessions in MongoDB'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

describe('garbles made of ordinary words are repaired beside their context words', () => {
  test.each([
    ['the balances sit in post grace and the events go to kafka', 'the balances sit in PostgreSQL and the events go to Kafka'],
    ['the app runs on cuban it is in the eu cluster with two pods', 'the app runs on Kubernetes in the eu cluster with two pods'],
    ['the bills are pushed into quick books through the connector', 'the bills are pushed into QuickBooks through the connector'],
    ['the spiders are written with scrappy and run every hour', 'the spiders are written with Scrapy and run every hour'],
    ['for the heavy sites we use play right with headless chromium', 'for the heavy sites we use Playwright with headless chromium'],
    ['the lab orders are placed in sun quest and the results go to Epic', 'the lab orders are placed in Sunquest and the results go to Epic'],
    ['the hl7 feed goes through clover leaf before it reaches Epic', 'the HL7 feed goes through Cloverleaf before it reaches Epic'],
    ['the runbook is on the share point site in the ops folder', 'the runbook is on the SharePoint site in the ops folder'],
    ['merge to main and build kite runs the pipeline', 'merge to main and Buildkite runs the pipeline'],
    ['we check every photo with amazon recognition for blur', 'we check every photo with Amazon Rekognition for blur'],
    ['we strip the exit data from each photo before upload', 'we strip the EXIF data from each photo before upload'],
    ['the workers crash on big hike photos because of memory', 'the workers crash on big HEIC photos because of memory'],
    ['salary runs the background jobs for the site', 'Celery runs the background jobs for the site'],
    ['the flint job reads the events from kafka', 'the Flink job reads the events from Kafka'],
    ['the sessions sit in red is and the accounts in postgres', 'the sessions sit in Redis and the accounts in PostgreSQL'],
    ['the nav is uploaded to am fee every evening', 'the nav is uploaded to AMFI every evening'],
    ['the transfer callback from nibs never came back', 'the transfer callback from NIBSS never came back'],
    ['two boards still send rats feeds every night', 'two boards still send RETS feeds every night'],
    ['the hosts run on v m where in our own data centre', 'the hosts run on VMware in our own data centre'],
    ['the jenkins pipeline and simple set up the station servers', 'the Jenkins pipeline Ansible set up the station servers'],
    ['we publish to calf car for the mobile app', 'we publish to Kafka for the mobile app'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

describe('the same ordinary words stay without that context', () => {
  test.each([
    'my salary goes up in april',
    'the salary is paid on the last working day',
    'we found a flint on the beach',
    'the sky turned reddish at sunset',
    'keep it short and simple',
    'it is easy to use and simple to maintain',
    'thanks for the recognition at the all hands',
    'face recognition is a hard problem',
    'the team was scrappy in the early days',
    'the kids play right outside the house',
    'we went through the exit data from the hr survey',
    'I took some nice hike photos last weekend',
    'the red is brighter than the blue',
    'we bought some cocoa nibs for the cake',
    'the rats ran under the shed',
    'we read some quick books on the flight',
    'the farmer planted a clover leaf border',
    'let me share point by point what happened',
    'we went on a sun quest to spain',
    'the kids build kite frames at school',
    'she wore her spring boots to the party',
    'I will post grace the link later',
    'the vm where the tests run is slow',
    'cuban it is, the cigar he picked',
  ])('%s', (sentence) => {
    expect(changedWords(sentence)).toEqual([]);
  });
});
