import { cleanSpeech, parseTranscriptText, splitSentences } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;
/** Fixes that change a word, not only its spelling or case ("sso" -> "SSO" is allowed). */
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const changedWords = (s: string) => cleanSpeech(s).fixes.filter((f) => letters(f.from) !== letters(f.to));

/*
 * Products KTs name by kind (Node frameworks, object stores, ITSM desks, SSO, learning
 * platforms, courier dispatch, attraction ticketing, blood-bank systems), said in new
 * sentences: the lexicon must carry the kind of product, not one transcript's string.
 */
describe('product names no English sentence contains are repaired anywhere', () => {
  test.each([
    ['the backend is three nest js services behind the load balancer', 'the backend is three NestJS services behind the load balancer'],
    ['technically its a handful of nest jay s services on cloud run', 'technically its a handful of NestJS services on cloud run'],
    ['the admin panel is adonis j s on a single server', 'the admin panel is AdonisJS on a single server'],
    ['the front end is nux js and reads from the same database', 'the front end is Nuxt and reads from the same database'],
    ['the scans sit in mini oh on the storage host', 'the scans sit in MinIO on the storage host'],
    ['we log tickets in sys aid for the warehouse', 'we log tickets in SysAid for the warehouse'],
    ['log in through shibble beth with your staff account', 'log in through Shibboleth with your staff account'],
    ['the old sites still use simple samuel php for the login', 'the old sites still use SimpleSAMLphp for the login'],
    ['the token comes from ping federate and the gateway checks it', 'the token comes from PingFederate and the gateway checks it'],
    ['we plan the routes in route ific and push the stops out', 'we plan the routes in Routific and push the stops out'],
    ['the season passes are sold in sirius ware at the gate', 'the season passes are sold in Siriusware at the gate'],
    ['the box office runs on tessa tura and the seats sync every minute', 'the box office runs on Tessitura and the seats sync every minute'],
    ['the stock comes from e pro jesa which the labs use', 'the stock comes from eProgesa which the labs use'],
    ['the beer tax labels print as z p l on the bench printers', 'the beer tax labels print as ZPL on the bench printers'],
    ['the controllers speak o p c u a to the gateway', 'the controllers speak OPC UA to the gateway'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

describe('product names heard as ordinary words are repaired beside their context words', () => {
  test.each([
    ['each clinic box runs or thank as its dicom server', 'each clinic box runs Orthanc as its DICOM server'],
    ['the intraoral sensors send to romex is on the practice pc', 'the intraoral sensors send to Romexis on the practice pc'],
    ['the patient id comes from dent alley, our practice management system', 'the patient id comes from Dentally, our practice management system'],
    ['the radiologist opens the oh hif viewer from the study list', 'the radiologist opens the OHIF viewer from the study list'],
    ['the template is zed pee el and the zebra printer renders it', 'the template is ZPL and the zebra printer renders it'],
    ['every alarm goes to the signal four app and the shift acknowledges it', 'every alarm goes to the SIGNL4 app and the shift acknowledges it'],
    ['we moved the routes from express to fast if i for the api', 'we moved the routes from express to Fastify for the API'],
    ['the osds in the seff cluster filled up last march', 'the osds in the Ceph cluster filled up last march'],
    ['raise a ticket in top desk and assign it to the markwell queue', 'raise a ticket in TOPdesk and assign it to the markwell queue'],
    ['the incidents come in through fresh service and the agents pick them up', 'the incidents come in through Freshservice and the agents pick them up'],
    ['the change requests go through cher well before the release', 'the change requests go through Cherwell before the release'],
    ['the apps sign in via one login and the assertions carry the roles', 'the apps sign in via OneLogin and the assertions carry the roles'],
    ["there's a wee muddle plugin so markers can jump in", "there's a wee Moodle plugin so markers can jump in"],
    ['the grades are pushed to the muddle gradebook every night', 'the grades are pushed to the Moodle gradebook every night'],
    ['we are moving the courses from black board to the new lms', 'we are moving the courses from Blackboard to the new lms'],
    ['the lti tool is registered in bright space under the admin tools', 'the lti tool is registered in Brightspace under the admin tools'],
    ['the essays go through turn it in for the similarity report', 'the essays go through Turnitin for the similarity report'],
    ['the compliance courses live in to tara on the learning side', 'the compliance courses live in Totara on the learning side'],
    ['the couriers get the job through on fleet which is the dispatch company', 'the couriers get the job through Onfleet which is the dispatch company'],
    ['the drivers get their tasks from on fleet and the webhook tells us', 'the drivers get their tasks from Onfleet and the webhook tells us'],
    ['the proof of delivery photos come back from dee track', 'the proof of delivery photos come back from Detrack'],
    ['labels are bought through easy post and the tracking numbers go back', 'labels are bought through EasyPost and the tracking numbers go back'],
    ['the park tickets come from access oh, the ticketing vendor', 'the park tickets come from accesso, the ticketing vendor'],
    ['the theatre tickets come from spec tricks through their booking api', 'the theatre tickets come from Spektrix through their booking API'],
    ['the fridges use blood track and the units are scanned out', 'the fridges use BloodTrack and the units are scanned out'],
    ['the crossmatch is recorded in safe trace before the units leave', 'the crossmatch is recorded in SafeTrace before the units leave'],
    // vision checks, plant-floor controllers and label design on a packing line
    ['each line has a cognac camera that reads the label', 'each line has a Cognex camera that reads the label'],
    ['the simmons plc stops the conveyor when the check fails', 'the Siemens plc stops the conveyor when the check fails'],
    ['the tags come off the plc through the kept where server', 'the tags come off the plc through the Kepware server'],
    ['the retailer templates are designed in bar tender and sent to the printers', 'the retailer templates are designed in BarTender and sent to the printers'],
    // council finance, children's case records, payments by bank file
    ['the payment file is imported into aggressor by finance', 'the payment file is imported into Agresso by finance'],
    ['the referrals come over from liquor logic every night', 'the referrals come over from Liquidlogic every night'],
    ['finance sends the backs file to the bank on wednesday', 'finance sends the Bacs file to the bank on wednesday'],
    // hosting, backups and copies
    ['it is one box at heads near with docker on it', 'it is one box at Hetzner with docker on it'],
    ['the nightly rest stick backup goes to the bucket', 'the nightly restic backup goes to the bucket'],
    ['the audio files are copied to the studio with our sink', 'the audio files are copied to the studio with rsync'],
    // web frameworks said as everyday words beside their language
    ['the admin site is a jangle app in python', 'the admin site is a Django app in python'],
    ['the data sits on post a sequel in rds', 'the data sits on PostgreSQL in RDS'],
    ['the front end is angler and the api is java', 'the front end is Angular and the API is Java'],
    ['the screens are vardeen on top of spring', 'the screens are Vaadin on top of spring'],
    ['the portal is a lava bell app in php', 'the portal is a Laravel app in PHP'],
    ['the connection of the blazer screens drops at night', 'the connection of the Blazor screens drops at night'],
    ['the api is nest chess on node', 'the API is NestJS on node'],
    ['the workers run on google clown run as containers', 'the workers run on google Cloud Run as containers'],
    // messaging and weather feeds
    ['the reminders go as a text through twin leo', 'the reminders go as a text through Twilio'],
    ['we pull the forecast from meadow blue every hour', 'we pull the forecast from Meteoblue every hour'],
    // a wiki, logs, secrets and deploys named in a stack or an access list
    ['the runbook for the month end is on conference under the team space', 'the runbook for the month end is on Confluence under the team space'],
    ['the api logs go to seek with serilog', 'the API logs go to Seq with Serilog'],
    ['the admin passwords are all in key vote', 'the admin passwords are all in Key Vault'],
    ['the releases go out through octo push deploy every tuesday', 'the releases go out through Octopus Deploy every tuesday'],
    ['the sidekiq jobs sit in radish until a worker picks them up', 'the Sidekiq jobs sit in Redis until a worker picks them up'],
    ['the text messages go through vantage and the pushes through onesignal', 'the text messages go through Vonage and the pushes through OneSignal'],
    ['the runbooks are in the motion workspace', 'the runbooks are in the Notion workspace'],
    ['the heartbeat monitor in better stock should stay green', 'the heartbeat monitor in Better Stack should stay green'],
    ['the batch jobs run on open chef as pods in our cluster', 'the batch jobs run on OpenShift as pods in our cluster'],
    ['the database is or a call nineteen c with the fines schema', 'the database is Oracle nineteen c with the fines schema'],
    ['jenkins builds the image and cargo seedy deploys it', 'Jenkins builds the image and Argo CD deploys it'],
    ['the card payments go through strife and the refunds too', 'the card payments go through Stripe and the refunds too'],
    // plant-floor and grounds equipment
    ['it watches the pumps over mud bus so the pressure and the flow', 'it watches the pumps over Modbus so the pressure and the flow'],
    ['the some bony drivers get the resurfacing slots on a tablet', 'the Zamboni drivers get the resurfacing slots on a tablet'],
    ['the gateways forward the sensor readings to church stack', 'the gateways forward the sensor readings to ChirpStack'],
    ['the job puts the readings into in flocks dee bee', 'the job puts the readings into InfluxDB'],
    ['the schedule is pushed to the tarot links central control', 'the schedule is pushed to the Toro Lynx central control'],
    // errors, student records and browser tests
    ['honey badge her emails you when the exceptions pile up', 'Honeybadger emails you when the exceptions pile up'],
    ['the course lists come from elusion banner every night', 'the course lists come from Ellucian banner every night'],
    ['the pipeline runs the play right tests against staging', 'the pipeline runs the Playwright tests against staging'],
    // the section's title, garbled as it is read out
    ['okay next owners ship and ask elation', 'okay next owners ship and escalation'],
    // Laravel's deploy tool, queues and admin screens; an accounting system fed with invoices
    ['staging deploys itself through envoy air once the pull request is merged', 'staging deploys itself through Envoyer once the pull request is merged'],
    ['you press rollback in envoy yay and it flips back', 'you press rollback in Envoyer and it flips back'],
    ['the jobs sit in read this with horizon watching them', 'the jobs sit in Redis with horizon watching them'],
    ['the queues are redis with her eyes on, and the workers restart at night', 'the queues are Redis with Horizon, and the workers restart at night'],
    ['the admin screens are laravel with live wire', 'the admin screens are Laravel with Livewire'],
    ['the monthly invoice comes out of zero for the accounts team', 'the monthly invoice comes out of Xero for the accounts team'],
    // rules engines, housing systems, vibration monitors, route planners and donor databases
    ['the priority rules are in jewels as decision tables', 'the priority rules are in Drools as decision tables'],
    ['the tenant data comes every night from civvy car', 'the tenant data comes every night from Civica'],
    ['the seismographs are instant tell units that call home', 'the seismographs are Instantel units that call home'],
    ['the delivery runs are planned in optimal route each morning', 'the delivery runs are planned in OptimoRoute each morning'],
    ['the donor figures go into razor\'s edge for fundraising', "the donor figures go into Raiser's Edge for fundraising"],
    ['the sensors talk laura won to the gateways', 'the sensors talk LoRaWAN to the gateways'],
    // Elixir apps, legal practice tools, RFID and tracking hardware, council suppliers, build servers and waivers
    ['exceptions from the worker show up in app signal within a minute', 'exceptions from the worker show up in AppSignal within a minute'],
    ['the nightly import is an oh band job in the elixir app', 'the nightly import is an Oban job in the elixir app'],
    ['the admin screens are fenix leave you so they update live', 'the admin screens are Phoenix LiveView so they update live'],
    ['then run the echo migrations before the new release starts', 'then run the Ecto migrations before the new release starts'],
    ['letters are rendered by doc mosses from the word templates', 'letters are rendered by Docmosis from the word templates'],
    ['client identity checks go through third fort before onboarding', 'client identity checks go through Thirdfort before onboarding'],
    ['the matters are synced from cleo for each fee earner', 'the matters are synced from Clio for each fee earner'],
    ['the signed copy is saved in i manage under the matter number', 'the signed copy is saved in iManage under the matter number'],
    ['the impinge readers in the dock door pick up every tag', 'the Impinj readers in the dock door pick up every tag'],
    ['the data mars tags are sewn into every sheet for the rfid count', 'the Datamars tags are sewn into every sheet for the rfid count'],
    ['each van has some sarah trackers for the gps feed', 'each van has Samsara trackers for the gps feed'],
    ['card payments go through pay three sixty on the portal', 'card payments go through Pay360 on the portal'],
    ['the reminder letters are printed and posted by doc mail', 'the reminder letters are printed and posted by Docmail'],
    ['we check the chip number against pet log the national database', 'we check the chip number against Petlog the national database'],
    ['teen city builds every merge and runs the tests', 'TeamCity builds every merge and runs the tests'],
    ['the database backups are taken with pee gee back rest every night', 'the database backups are taken with pgBackRest every night'],
    ['the point heaters raise alarms through the sent tricks condition monitoring', 'the point heaters raise alarms through the Centrix condition monitoring'],
    ['the field app is written in ironic for both phones', 'the field app is written in Ionic for both phones'],
    ['the engineers carry get act rugged tablets', 'the engineers carry Getac rugged tablets'],
    ['the customers sign in dock you seal before the session', 'the customers sign in DocuSeal before the session'],
    ['the monthly members pay by direct debit through go cart less', 'the monthly members pay by direct debit through GoCardless'],
    ['the kiosk tablets are all enrolled in jammed', 'the kiosk tablets are all enrolled in Jamf'],
    ['tonight the shows are loaded from test a tour for the box office', 'tonight the shows are loaded from Tessitura for the box office'],
    ['the playlist goes to the digger star server under the dome', 'the playlist goes to the Digistar server under the dome'],
    ['the readers are shear wall sticks that scan the sheep tags', 'the readers are Shearwell sticks that scan the sheep tags'],
    ['geometry columns need the post guess extension in postgres', 'geometry columns need the PostGIS extension in PostgreSQL'],
    // Laravel's error tracker and packages, card terminals, print rooms, live esports, council finance, weighbridges, fleets, ambulances and wineries
    ['the exceptions from the laravel app go to flair', 'the exceptions from the Laravel app go to Flare'],
    ['the alerts go through open genie to whoever is on call', 'the alerts go through Opsgenie to whoever is on-call'],
    ['customers pay on the dough joe card terminals', 'customers pay on the Dojo card terminals'],
    ['roles come from the spacey permissions package', 'roles come from the Spatie permissions package'],
    ['jobs are sent to the fairy controllers on the presses', 'jobs are sent to the Fiery controllers on the presses'],
    ['the big zero ox printers take the banners', 'the big Xerox printers take the banners'],
    ['every pdf goes through in focus pitstop for preflight', 'every pdf goes through Enfocus pitstop for preflight'],
    ['the recharges go to unit for against each cost code', 'the recharges go to Unit4 against each cost code'],
    ['a colour check runs ghost crypt over every pdf page', 'a colour check runs Ghostscript over every pdf page'],
    ['scores reach the overlays through centrifuge go over websockets', 'scores reach the overlays through Centrifugo over WebSockets'],
    ['cheat flags arrive from equate by webhook', 'cheat flags arrive from Equ8 by webhook'],
    ['the stream overlays are built in note c g', 'the stream overlays are built in NodeCG'],
    ['rents are paid by card through gov you pay', 'rents are paid by card through GOV.UK Pay'],
    ['the invoices post to real tasks in the council ledger', 'the invoices post to Rialtas in the council ledger'],
    ['the weighbridge indicator is a way tronics one', 'the weighbridge indicator is a Weigh-Tronix one'],
    ['vehicle defects are raised in tram man for the workshop', 'vehicle defects are raised in Tranman for the workshop'],
    ['the drug keys live in the tracker cabinet', 'the drug keys live in the Traka cabinet'],
    ['check the life pack defibrillator pads every shift', 'check the LIFEPAK defibrillator pads every shift'],
    ['the wine club shipping rules sit in ship complaint', 'the wine club shipping rules sit in ShipCompliant'],
    ['courier labels come out of easy coast', 'courier labels come out of EasyPost'],
    ['the barrels and lots are tracked in a vent for the cellar team', 'the barrels and lots are tracked InnoVint for the cellar team'],
    ['the stripe wise pose readers sit on the tasting bar', 'the stripe WisePOS readers sit on the tasting bar'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

describe('the same ordinary words stay without that context, or where their neighbours make them English', () => {
  test.each([
    'please pass on my thanks or thank them yourself at the box office',
    'the wifi signal four floors up is weak',
    'it was a dent alley cats had left in the bins',
    'the exam timetable was a bit of a muddle this year',
    'we will muddle through the plugin upgrade somehow',
    'it was a real muddle when the plugin upgrade failed',
    'the gradebook was in such a muddle after the merge',
    'the drivers report on fleet costs every month',
    'we spend a lot on fleet maintenance for the delivery vans',
    'the couriers are paid based on fleet size and delivery volume',
    'the drivers rely on fleet managers for dispatch decisions',
    'put the folder on the top desk by the window',
    'keep your tickets in the top desk drawer',
    'students turn it in through the vle before friday',
    'please turn it in before the plagiarism check',
    'we only have one login for the whole team',
    'each user gets one login and an mfa token',
    'it is a bright space with lots of windows for the course',
    'write the course dates on the blackboard',
    'the instructor opens canvas every morning',
    'I need access oh wait the ticket is closed',
    'the gate staff check the ticket and give access so guests can enter',
    'the fresh service at the cafe was great',
    'the tickets for the show are sold out',
    'we took an hour to fix the dispatch api',
    'we went to the event bright and early',
    'we had a fast if i remember right api call',
    'it is safe to trace the units back to the donor',
    'a glass of cognac after dinner',
    'mrs simmons from the school office rang',
    'the records are kept where nobody can lose them',
    'the bar tender at the leaving do was great',
    'the aggressor in the video was never found',
    'the guide had to be an angler to run the fishing trips',
    'the angler licence renewals peak in march',
    'we sat in our sink drained slowly',
    'the new blazer looked smart at the launch',
    'she jangled her keys and the jangle woke the dog',
    'we walked in the meadow blue with flowers',
    'a text from the twin leo who lives next door',
    'she gave a talk at the conference on data',
    'he is on conference leave until monday',
    'we seek advice from the logs team first',
    'the vote on the key question is next week',
    'the octopus in the aquarium moved every log',
    'pickled radish and sidekick the dog',
    'the vantage point from the roof is great for the camera logs',
    'the motion sensor in the workspace is broken',
    'the open chef cooked for the whole team',
    'send a text or a call to the database team',
    'there is no strife in the payments team',
    'the tractor left mud on the bus',
    'we went to church and then had a stack of pancakes',
    'the tarot cards are not links to anything',
    'she wore a honey badger t shirt',
    'the play was right at the end',
    'if theyre green it goes out to the staging app on its own',
    'the envoy a ambassador arrived late',
    'please read this before the meeting',
    'she fixed her eyes on the screen',
    'careful that cable is a live wire',
    'the jewels in the museum vault',
    'the optimal route for the walk is along the river',
    'the forecast says below zero so the invoices can wait',
    'the stock count went to zero and the invoices stopped',
    'it was built a century ago',
    'the printer jammed twice this morning',
    'it is ironic that the backup failed on backup day',
    'I manage the team and the rota myself',
    'we get a live view of the queue on the wall',
    'you have to pay three sixty for the licence each year',
    'I will leave you the keys to the office',
    'the echo in the hall made the call hard to hear',
    'she went to see Cleo in accounts about the invoices',
    'she has a real flair for the invoices',
    'it is a unit for the finance team',
    'we put a gps tracker on every van',
    'a hotel with zero pieces on its invoice',
    'the challenge is the bracket on finals day',
  ])('%s', (sentence) => {
    expect(changedWords(sentence)).toEqual([]);
  });
});

describe('a product heard as ordinary words, confirmed once, is the product all call long', () => {
  test('"on fleet" beside couriers makes a later bare "on fleet" Onfleet too, but not one vetoed as English', () => {
    const t = parseTranscriptText(
      'The couriers get the job through on fleet, the dispatch company. Is that on fleet like one word? We also report on fleet costs monthly.',
    );
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The couriers get the job through Onfleet, the dispatch company.',
      'Is that Onfleet like one word?',
      'We also report on fleet costs monthly.',
    ]);
    const alone = parseTranscriptText('Is that on fleet like one word?');
    expect(splitSentences(alone)[0].text).toBe('Is that on fleet like one word?');
  });
});
