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
    'Amazon says the parcel is late',
    'in the last century the site was a farm',
    'the photo URLs expire after about a day',
  ])('ordinary words stay: %s', (s) => {
    expect(clean(s)).toBe(s);
  });
});
