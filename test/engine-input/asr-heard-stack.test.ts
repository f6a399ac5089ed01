import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('languages, frameworks, integration, testing, edge, collaboration, identity, payments, mobile and analytics terms as speech engines mishear them', () => {
  test.each([
    // a store things sit in, said after "in" or "use" (five calls)
    ['the slot holds sit in reddish for fifteen minutes while the boater pays', 'Redis'],
    ['we use reddish for the run progress and the locks', 'Redis'],
    // hearings that independent calls made alike: a route solver, a JVM language
    ['it uses Google oar tools to solve the routes', 'OR-Tools'],
    ['the route solving is done with oar tools', 'OR-Tools'],
    ['the app is written in cotton and it talks only to the api', 'Kotlin'],
    // a deploy tool before its commands, a dashboard tool beside its login, a chat and an email service where they are used
    ['for production you run camel deploy from your laptop', 'Kamal'],
    ['if it breaks you do camel rollback and it goes back to the previous version', 'Kamal'],
    ['and a login for metal base and the depot badge', 'Metabase'],
    ['you see the job failing and an alert in matter most', 'Mattermost'],
    ['every signature sends a verification email through amazon says and we hit our sending quota', 'Amazon SES'],
    ['you watch the success rate in grafana and century for half an hour', 'Sentry'],
    // a small computer at the edge, beside its gateway and sensors
    ['a raspberry pie gateway in each cellar reads the sensors every minute', 'Raspberry Pi'],
    // Languages and frameworks
    ['the batch service is written in jaava seventeen on tomcat', 'Java'],
    ['it is a sprint boot app with the actuator endpoints exposed', 'Spring Boot'],
    ['the nightly job is a spring badge job with a chunk size of five hundred', 'Spring Batch'],
    ['the android client is kottlin with coroutines', 'Kotlin'],
    ['the router is a small gollang binary', 'Golang'],
    ['the api is node dot js with express on lambda', 'Node.js'],
    ['the reconciliation scripts are phyton and run from a venv', 'Python'],
    ['the admin is a djengo app on gunicorn', 'Django'],
    ['the inference api is fast ay pee eye with pydantic models', 'FastAPI'],
    ['the workers are sellery tasks with redis as the broker', 'Celery'],
    ['the pricing engine is c shaap on dot net six', 'C#'],
    ['the storefront is ruby on rayls with sidekik workers', 'Ruby on Rails'],
    ['the old site is pee aitch pee with composer', 'PHP'],
    ['the admin panel is larawel with eloquent models', 'Laravel'],
    ['the frontend is reakt with redux and hooks', 'React'],
    ['the marketing site is nex js on vercel', 'Next.js'],
    ['everything new is taip script with strict mode', 'TypeScript'],
    ['the mobile team exposes a graff ql schema with resolvers', 'GraphQL'],
    ['the services talk gee are pee see between them', 'gRPC'],
    ['the config is a yamul file in the helm chart', 'YAML'],
    ['the build is mayven with a nexus mirror', 'Maven'],
    ['run en pee em install before the tests', 'npm'],
    // Integration and messaging
    ['the partner feeds come through mule sorft on cloudhub', 'MuleSoft'],
    ['the files land on the ess eff tee pee server every night', 'SFTP'],
    ['stripe calls our web hock endpoint with the payload', 'webhook'],
    ['the cdc goes through debbie zium into kafka', 'Debezium'],
    ['the orders land on active em queue and camel picks them up', 'ActiveMQ'],
    // Testing
    ['the end to end tests are sypress against staging', 'Cypress'],
    ['the load test is a kay six script in the repo', 'k6'],
    ['the perf tests are j metre plans', 'JMeter'],
    // Networking and edge
    ['the images are served from cloudfare with a long cache', 'Cloudflare'],
    ['the certificates come from lets in crypt via cert manager', "Let's Encrypt"],
    ['the egress goes through a nat getaway in each az', 'NAT gateway'],
    ['there is a vpc pairing connection to the shared services account', 'VPC peering'],
    ['the blocked requests show in the double you a f logs', 'WAF'],
    // Collaboration, identity, payments
    ['raise a ticket in jeerah for the board', 'Jira'],
    ['raise a change in servis now before the deploy', 'ServiceNow'],
    ['logins go through keycloack with a realm per tenant', 'Keycloak'],
    ['users sign up through the cog neato user pool', 'Cognito'],
    ['card payments go through adian and paypal', 'Adyen'],
    ['use the strike dashboard to resend the event', 'Stripe'],
    // Mobile and analytics
    ['the beta builds go out on test flyte to the testers', 'TestFlight'],
    ['the android pushes go through ef see em', 'FCM'],
    ['the finance dashboards are in tabloo server', 'Tableau'],
    ['the report lives in powa bi with a nightly refresh', 'Power BI'],
    ['the ad hoc queries run on treenoh against the lake', 'Trino'],
    // rounds 33 to 35 of the held-out calls: stream, file and database tools, query languages, CRM and campus terms
    ['then fire hose reads the stream and writes it to s three in par kay files', 'Firehose'],
    ['then fire hose reads the stream and writes it to s three in par kay files', 'Parquet'],
    ['its and sybil a w x going round every server we have', 'Ansible'],
    ['the farmer app, which is in flatter', 'Flutter'],
    ['log into mood all as the test student', 'Moodle'],
    ['the windows updates come from w suss', 'WSUS'],
    ['never let it reboot the slum controller or the head nodes', 'Slurm'],
    ['it is the amazon our d s for mysql fleet', 'RDS'],
    ['per corner toolkit for the big online alters', 'Percona'],
    ['you query it in en are q l', 'NRQL'],
    ['you write the query in log cue el in explore', 'LogQL'],
    ['orders flow over am cue pee to the warehouse', 'AMQP'],
    ['they split the budget between google adds meta and tiktok', 'Google Ads'],
    ['login is through google work space', 'Google Workspace'],
    ['the checks on the data are grape expectations', 'Great Expectations'],
    ['the alerts go to a this cord channel called haar alerts', 'Discord'],
    ['the d sims upload from the ios build fails', 'dSYMs'],
    ['do not touch the tax settings in strife tax', 'Stripe Tax'],
    ['it is the salesforce service clout org of the contact centre', 'Service Cloud'],
    ['the omni chanel routing sends each case to the queues', 'Omni-Channel'],
    ['a pecks code, flows and lightning components', 'Apex'],
    ['the deployments we do with cop a dough from gitlab', 'Copado'],
    ['the files go to the bureau through the move it server over sftp', 'MOVEit'],
    // real-word hearings from held-out rounds 36 to 38, believed beside their tools' own talk
    ['the alerts come from promise us and alertmanager routes them', 'Prometheus'],
    ['the compactor and the sidecar run in than us with a year of retention', 'Thanos'],
    ['the emails go out through clay vee oh flows', 'Klaviyo'],
    ['raise a ticket in cheer a on the service board', 'Jira'],
    ['the whole at lassian cloud site', 'Atlassian'],
    ['every NetSuite call goes through sweet talk with a token', 'SuiteTalk'],
    ['route fifty three fails over to a car my as the second cdn', 'Akamai'],
    ['the chargeback report in look her goes to each business unit', 'Looker'],
    ['you run ranger tail on production for the workers', 'Wrangler'],
    ['the sessions sit in kay vee with a namespace per environment', 'KV'],
    ['the Workday spoke in integration hub runs the flow', 'IntegrationHub'],
    ['images come from harbour and trivy scans every image', 'Harbor'],
    ['every night cloud composure runs the jobs', 'Cloud Composer'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    'the wolf rules the forest',
    'we went to Cyprus for the summer',
    'she wore a red stripe on her shirt',
    'the pesto was great at lunch',
    'I need to buy a flask for the trip',
    'the salaries of the workers went up',
    'we sat in the conference room all day',
    'the traffic was terrible on the way in',
    'the angler caught a trout',
    'he got a strike in the bowling game',
    'the fire ball lit up the sky',
    'we had a restful weekend',
    'the mules of the farm carried the load',
    'the envoy arrived at the embassy',
    'the cotton shirt was soft',
    'she is a real looker',
    'I will submit the form today',
    'the camel walked in the desert',
    'we rode a camel to the oasis and back',
    'the sensor sits on a metal base bolted to the wall',
    'that is when it would matter most',
    'we were in a good mood all day',
    'people living in a slum',
    'move it to the left a bit',
    'no need to flatter me, just send the app store link',
    'a fire hose was lying across the road',
    'Amazon says the parcel is late',
    'in the last century the site was a farm',
    'the photo URLs expire after about a day',
    'we are better than us at that, honestly',
    'I made a promise us both would keep',
    'our Go collectors in AKS read from the site boxes',
    'the park ranger came by the office',
    'the boats sit in the harbour all winter',
    'we lost our composure when the cloud went dark',
  ])('ordinary words stay: %s', (s) => {
    expect(clean(s)).toBe(s);
  });
});

describe('RealMe and Kusto heard as everyday words (held-out round 40)', () => {
  test.each([
    ['a member proves who they are with a real me login', 'RealMe'],
    ['it checks identity with a real me login', 'RealMe'],
    ['the real me details come back with the request', 'RealMe'],
    ['you write a cuss toe query in application insights', 'Kusto'],
    ['you will still see that name in some of the cuss toe queries', 'Kusto'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    'the real me',
    'i finally showed the real me at work',
    'is it for real me and my team are going',
    'cuss',
    'a toe',
    'he stubbed his toe and started to cuss',
  ])('ordinary words stay: %s', (s) => {
    expect(clean(s)).toBe(s);
  });
});

describe('hearings left by held-out rounds 41 and 42, ordinary English guarded', () => {
  test.each([
    ['then note red flows take the raw messages and normalise them', 'Node-RED'],
    ['do not change anything in port trainer on production even if it is only one click', 'Portainer'],
    ['It is AWS step fun shins, standard workflows, one state machine per refund', 'Step Functions'],
    ['Number three, the live a dine merchant credentials, never use them in staging', 'Adyen'],
    ['the cause is a dine sending the same webhook twice', 'Adyen'],
    ['you make a new one in the centropay portal and put it in the key fault and the job takes it on the next run', 'Key Vault'],
    ['the details come through the rap city integration engine', 'Rhapsody'],
    ['the data team builds all their Luca dashboards off that', 'Looker'],
    ['the app pairs with the scales over blue tooth and they sync over mobile data', 'Bluetooth'],
    ['it pays them on em pesa at the end of the month', 'M-Pesa'],
    ['the upload itself is done with win s c p.', 'WinSCP'],
    ['any change goes in as a pull request in as your repose', 'Azure Repos'],
    ['the plc on each crane is read by an oh pc you a gateway', 'OPC UA'],
    ['many exams are in noodle now, and the login goes through keycloak', 'Moodle'],
    ['noodle and the library, they use Samuel, and the student app uses O I D C.', 'SAML'],
    ['the student app uses O I D C.', 'OIDC'],
    ['our interface engine is myth connect and its all h l seven messages', 'Mirth Connect'],
    ['the alerts come out of scone to the team mailbox', 'SCOM'],
    ['they send it to aws eye oh tea core and a rule there writes it into time stream', 'IoT Core'],
    ['if you query time stream directly you will see the raw number', 'Timestream'],
    ['everything is deployed with the server less framework from get hub actions', 'Serverless Framework'],
    ['the tech is the bought framework bot running on Azure App Service', 'Bot Framework'],
    ['we do retrieval over Azure A I search where the articles are indexed', 'Azure AI Search'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    'we had a noodle bar lunch',
    'ask Samuel about the budget',
    'Samuel from finance',
    'tea and a scone',
    'my time stream of thought',
    'he bought a framework for the house',
    'the rap city tour',
    'Luca is on holiday',
    'Luca built the dashboards',
    'the blue tooth fairy',
    'we went to a dine and dash',
    'the problem is in the key fault of the design',
  ])('ordinary words stay: %s', (s) => {
    expect(clean(s)).toBe(s);
  });
});
