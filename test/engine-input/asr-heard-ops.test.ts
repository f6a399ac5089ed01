import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('data, CI/CD, observability, security and ops terms as speech engines mishear them', () => {
  test.each([
    // Data
    ['the orders live in postgrez on rds', 'PostgreSQL'],
    ['we moved the sessions off my sequal last year', 'MySQL'],
    ['the catalog is in mongo debbie atlas', 'MongoDB'],
    ['sidekiq keeps its jobs in reedis with a ttl', 'Redis'],
    ['the consumers read the payments topic from kavka', 'Kafka'],
    ['the retries land on rabbit em cue with a dead letter exchange', 'RabbitMQ'],
    ['logs get shipped to plastic search and we query the index in kibana', 'Elasticsearch'],
    ['the warehouse is snow fake and dbt builds the models', 'Snowflake'],
    ['the air flaw dags run every hour on the scheduler', 'Airflow'],
    ['the transformations are dee bee tee models on snowflake', 'dbt'],
    ['analytics events go into clickhaus from kafka', 'ClickHouse'],
    ['the notebooks run on data brix clusters', 'Databricks'],
    ['connections go through pee gee bouncer to postgres', 'PgBouncer'],
    ['schema changes ship as licky base changesets', 'Liquibase'],
    // CI/CD
    ['the build runs on jankins and publishes to the registry', 'Jenkins'],
    ['the workflow lives in git hab actions on every pull request', 'GitHub'],
    ['the runners for gitlab see eye are on ec2', 'GitLab CI'],
    ['the scan runs in sooner cube and the quality gate blocks the merge', 'SonarQube'],
    ['the jars are published to arty factory', 'Artifactory'],
    // Observability
    ['every monitor sits in dayta dog and pages the team', 'Datadog'],
    ['open grafaana and look at the latency panel', 'Grafana'],
    ['the exporters are scraped by promethues every minute', 'Prometheus'],
    ['the error logs show up in splank searches', 'Splunk'],
    ['alerts go to pager dooty and then to the escalation policy', 'PagerDuty'],
    // Security
    ['the secrets are in hashi volt under the payments path', 'HashiCorp Vault'],
    ['users log in through okda with mfa', 'Okta'],
    ['the token comes from the oh earth client credentials flow', 'OAuth'],
    ['check the sertificate expiry on the load balancer', 'certificate'],
    // Everyday ops
    ['that bucket is read onli for the support team', 'read-only'],
    ['the helt check on the target group fails after deploy', 'health check'],
    ['follow the rum book when the alert fires', 'runbook'],
    ['we ship a cannery release to five percent of traffic first', 'canary'],
    ['the crone job runs at midnight', 'cron job'],
    ['traffic goes through the load balanser to the pods', 'load balancer'],
    ['the config for en jinx is in the ingress repo', 'NGINX'],
    ['you need vee pee en access to reach the bastion', 'VPN'],
    ['messages that fail go to the dead later queue', 'dead letter queue'],
    ['the handler is item potent so retries are safe', 'idempotent'],
    ['the api starts trottling at a thousand requests', 'throttling'],
    ['we hit the rate limmit on the vendor api', 'rate limit'],
    ['the kay tee session is on friday', 'KT'],
    ['we did a fail over test last quarter', 'failover'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    'the rabbit hole went deep',
    'we had a cannery tour in Monterey',
    'she ran book club every week',
    'the fireworks made a loud bolt of light near the secret garden',
    'I heard a slow song on the radio',
    'after the race we are back at the office',
    'he fell over on the ice',
    'a sample of the wine was fine',
    'the snow lake was frozen',
    'the horse was trotting along the road',
    'we went to the Lexus dealer',
    'take the post grey bus home',
    'the blue grin on his face',
    'it is your own call on that',
    'the wind rattled the windows all night',
  ])('ordinary words stay: %s', (s) => {
    expect(clean(s)).toBe(s);
  });
});

describe("a garble's closing 'ee' sound spelled another way is the same garble", () => {
  test.each([
    // listed as "hashi court vault"
    ['access to the dashboards and the hashy court vault for the processor keys', 'HashiCorp Vault'],
    // listed as "pidgey bouncer"
    ['connections go through pidgy bouncer in front of the database', 'PgBouncer'],
  ])('%s', (sentence, term) => {
    expect(clean(sentence)).toContain(term);
  });
});

describe('garbles of mainstream terms first heard in fresh calls, in the context that confirms them', () => {
  test.each([
    ["Plans go to the planner through service buzz, it's a queue, I think two queues actually.", 'Service Bus'],
    ['You can see the timeouts in application in sites, if you search for the export job.', 'Application Insights'],
    ['bumps the image tag in the help chart values in the deploy repo', 'Helm chart'],
    ['then theres rabid queue for the voucher jobs and s3 for the voucher pdfs', 'RabbitMQ'],
    ['when someone clicks a seat we hold it in read is for fifteen minutes so the seat holds expire', 'Redis'],
    ["The API and the planner are .NET, on a case, the Kubernetes cluster, and the data's in azure sequel.", 'AKS'],
    ['its kotlin services on e case in aws the limits sit in the cache', 'EKS'],
    ['we keep the live lane metre counters in read us so the portal does not hammer the database', 'Redis'],
    ['it goes out with the whelm chart and the image tag is bumped', 'Helm chart'],
    ["There's a Datadog monitor on the queue depth that pages through hops jeannie when it's over two hundred.", 'Opsgenie'],
    ['a React Native app for the donors, PostgreSQL on a roar a, and a cache for the holds', 'Aurora'],
    ['the comms team have a gear a ticket for a new feed format', 'Jira'],
    ['the live state of every light is in reddish the site gateways sit behind nginx', 'Redis'],
    ["And you'll want reader access on the key fault so you can see when the bureau certificate expires.", 'Key Vault'],
    ['ask for the grafana dashboards and to be added to the opt genie rota', 'Opsgenie'],
  ])('%s', (sentence, term) => {
    expect(clean(sentence)).toContain(term);
  });

  test.each([
    ['the read is slow on the cache cluster', 'Redis'],
    ['what we read is in the keys doc', 'Redis'],
    ['please help chart the results for the board, not the cluster', 'Helm chart'],
    ['she put the car in gear a bit too early', 'Jira'],
  ])('ordinary words stay: %s', (sentence, term) => {
    expect(clean(sentence)).not.toContain(term);
  });
});

describe("a listed garble's letters said by their names, or its little word heard as another, are the same garble", () => {
  test.each([
    // listed as "ergo CD"
    ['Jenkins builds the image and ergo see dee syncs it to staging on its own.', 'Argo CD'],
    // listed as "page or duty"
    ["Alerts come through page of duty, there's a rota of three of us.", 'PagerDuty'],
  ])('%s', (sentence, term) => {
    expect(clean(sentence)).toContain(term);
  });

  test('a little word heard as another is believed only amid technical talk', () => {
    expect(clean('we took the dog for a walk and page of duty was fun')).not.toContain('PagerDuty');
  });

  test('letters that are the whole garble stay an acronym of their own', () => {
    // "u i" is listed for UI; "you i" is a person talking
    expect(clean('mostly cooking and you i went climbing on saturday, then the deploy')).not.toContain('UI');
  });
});

describe('data, CI/CD, observability, security and ops terms heard as other words or in an accent', () => {
  test.each([
    ['the build runs on djenkins', 'Jenkins'],
    ['the code is on git hob', 'GitHub'],
    ['the workflow runs in gate hub actions', 'GitHub'],
    ['open a pull request on get hug', 'GitHub'],
    ['the pipeline runs in git laab', 'GitLab'],
    ['the pipeline runs in get lap with our own runners', 'GitLab'],
    ['open a merge request in gate lap', 'GitLab'],
    ['open a pull request in bid bucket', 'Bitbucket'],
    ['raise a djira ticket for it', 'Jira'],
    ['raise a jeeroh ticket for it', 'Jira'],
    ['raise a giro ticket for it', 'Jira'],
    ['it is on the gyro board', 'Jira'],
    ['post it in the eslack channel', 'Slack'],
    ['post it in the islack channel', 'Slack'],
    ['post it in the eslak channel', 'Slack'],
    ['the alerts go to pager deputy', 'PagerDuty'],
    ['the on-call rota is in pager dirty', 'PagerDuty'],
    ['every monitor is in date a dog', 'Datadog'],
    ['the apm traces are in daughter dog', 'Datadog'],
    ['the index in elastic such has five shards', 'Elasticsearch'],
    ['the elastic sears cluster is on version eight', 'Elasticsearch'],
    ['search the logs in key bonner', 'Kibana'],
    ['the events go to kaff kaa', 'Kafka'],
    ['the events go to kaafkaa', 'Kafka'],
    ['the consumers read the topic from cuff car', 'Kafka'],
    ['the jobs go through rabbit m kyu', 'RabbitMQ'],
    ['the sessions are cached in ray dis', 'Redis'],
    ['the orders table is in post greece', 'PostgreSQL'],
    ['the database is posh grass on rds', 'PostgreSQL'],
    ['the orders table is in my seagull', 'MySQL'],
    ['the database is my squeal on rds', 'MySQL'],
    ['the replica of my squirrel lags', 'MySQL'],
    ['the models are built with di bi ti', 'dbt'],
    ['the models are built with dee be tee', 'dbt'],
    ['the tables are in slow flake', 'Snowflake'],
    ['the dags run on air floor', 'Airflow'],
    ['the jobs run on espark', 'Spark'],
    ['the jobs run on ispark', 'Spark'],
    ['users log in through octo with mfa', 'Okta'],
    ['the payments go through tripe', 'Stripe'],
    ['the otp goes out through twilight', 'Twilio'],
    ['the leads sync to sales forth', 'Salesforce'],
    ['the crm is sale force', 'Salesforce'],
    ['the opportunities are in sells force', 'Salesforce'],
    ['the old database is orakel', 'Oracle'],
    ['the old database is oracal', 'Oracle'],
    ['the old database is orical', 'Oracle'],
    ['the settings are in the yam file', 'YAML'],
    ['the chrome job runs at midnight', 'cron'],
    ['the ay pee ai returns a 500', 'API'],
    ['the engine eggs config proxies to the app', 'NGINX'],
    ['the secrets are in hashicorp fault', 'HashiCorp Vault'],
    ['the secrets are in hashi fault', 'HashiCorp Vault'],
    ['the secrets are in hashi corp fault', 'HashiCorp Vault'],
    ['the spark notebooks run on data breaks', 'Databricks'],
    ['the secrets are in ashicorp vault', 'HashiCorp Vault'],
    ['the secrets are in ashi corp vault', 'HashiCorp Vault'],
    ['the secrets are in ashi vault', 'HashiCorp Vault'],
    ['the code is on git ub', 'GitHub'],
    ['the code is on git jub', 'GitHub'],
    ['raise a yira ticket for it', 'Jira'],
    ['raise a yeera ticket for it', 'Jira'],
    ['raise a yeerah ticket for it', 'Jira'],
    ['raise a hero ticket for it', 'Jira'],
    ['the build runs on henkins', 'Jenkins'],
    ['the build runs on yenkinz', 'Jenkins'],
    ['the payload is yason', 'JSON'],
    ['the payload is yay son', 'JSON'],
    ['the payload is yaysun', 'JSON'],
    ['the alerts go to paja duty', 'PagerDuty'],
    ['the alerts go to peja duty', 'PagerDuty'],
    ['the alerts go to ops djinni', 'Opsgenie'],
    ['the warehouse is esnowflake', 'Snowflake'],
    ['the warehouse is isnowflake', 'Snowflake'],
    ['the errors go to esentry', 'Sentry'],
    ['the errors go to essentry', 'Sentry'],
    ['the errors go to isentry', 'Sentry'],
    ['the errors go to sentries', 'Sentry'],
    ['the logs are shipped to splint', 'Splunk'],
    ['the error logs show up in sprung searches', 'Splunk'],
    ['raise a ticket in service no', 'ServiceNow'],
    ['the incident is in survey now', 'ServiceNow'],
    ['the sso login uses salmon with okta', 'SAML'],
    ['the log starch pipeline feeds kibana', 'Logstash'],
    ['the events go to kaff car', 'Kafka'],
    ['the apm traces are in new relay', 'New Relic'],
    ['the dashboards are in new rally', 'New Relic'],
    ['the alerts go to op jeanie', 'Opsgenie'],
    ['the api checks the jay dubble you tee on every call', 'JWT'],
    ['the ay pee aye returns a 500', 'API'],
    ['open a pull request in bet bucket', 'Bitbucket'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    ['the gate hub of the airport is busy', 'GitHub'],
    ['come and get hug from grandma', 'GitHub'],
    ['the runners get lap times on the track', 'GitLab'],
    ['the horse won by a gate lap', 'GitLab'],
    ['the bid bucket at the auction', 'Bitbucket'],
    ['he rode the giro in italy', 'Jira'],
    ['the gyro in the phone', 'Jira'],
    ['the pager deputy was a film', 'PagerDuty'],
    ['my old pager dirty and broken', 'PagerDuty'],
    ['i would never date a dog lover', 'Datadog'],
    ['my daughter dog sits for the neighbours', 'Datadog'],
    ['it is elastic such that it stretches', 'Elasticsearch'],
    ['the elastic sears the skin', 'Elasticsearch'],
    ['the key bonner of the team', 'Kibana'],
    ['he wore a cuff car badge', 'Kafka'],
    ['we sent a post greece card', 'PostgreSQL'],
    ['the posh grass in the park', 'PostgreSQL'],
    ['my seagull stole a chip', 'MySQL'],
    ['my squeal woke the baby', 'MySQL'],
    ['my squirrel ate the nuts', 'MySQL'],
    ['the slow flake of paint', 'Snowflake'],
    ['the air floor vent is open', 'Airflow'],
    ['the octo cat is a github mascot', 'Okta'],
    ['we had tripe for dinner', 'Stripe'],
    ['we walked at twilight and then sent a text', 'Twilio'],
    ['the sales forth went well', 'Salesforce'],
    ['a sale force of ten', 'Salesforce'],
    ['she sells force fields', 'Salesforce'],
    ['we ate yam and rice', 'YAML'],
    ['open chrome and sign in', 'cron'],
    ['the engine eggs on the cook', 'NGINX'],
    ['the data breaks when the file is empty', 'Databricks'],
    ['the hero saved the day', 'Jira'],
    ['the sentries stood at the gate', 'Sentry'],
    ['the doctor put a splint on his arm', 'Splunk'],
    ['spring has sprung at last', 'Splunk'],
    ['the service no longer runs on sundays', 'ServiceNow'],
    ['fill in the survey now please', 'ServiceNow'],
    ['we had salmon for lunch', 'SAML'],
    ['the log starch of the potato', 'Logstash'],
    ['the new relay team won the race', 'New Relic'],
    ['the new rally starts at noon', 'New Relic'],
    ['the bet bucket at the fair', 'Bitbucket'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('mainstream terms heard as everyday words, repaired only among the words that go with them', () => {
  test.each([
    ['the stack traces end up in century and the alerts in grafana', 'Sentry'],
    ['the overnight batch jobs are all scheduled in control them', 'Control-M'],
    ['the escalator path is a p1 in servicenow and the bridge pages on call', 'escalation path'],
    ['half the batch is still cobalt on the mainframe', 'COBOL'],
    ['readings are written to times kale d b every minute', 'TimescaleDB'],
    ['the workers run on cuban eddies in aks', 'Kubernetes'],
    ['data fact tree pulls the files from the stores every night', 'Data Factory'],
    ['the integration apps are deployed on clout hub', 'CloudHub'],
    ['new leads in sales falls sync to the erp every minute', 'Salesforce'],
    ['the api is node on llama functions with dynamodb behind it', 'Lambda'],
    ['each tenant is one row in dynamo tv', 'DynamoDB'],
    ['the routes sit behind api get away', 'API Gateway'],
    ['the health chicks go green a minute after the deploy', 'health checks'],
    ['the order events go over the azure servers bus', 'Service Bus'],
    ['the secrets and certificates live in hashicorp vote', 'HashiCorp Vault'],
    ['it was never put on pager judy so nobody gets phoned at night', 'PagerDuty'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['we took the escalator up to the second floor', 'escalation'],
    ['a century ago the mill was built', 'Sentry'],
    ['we control them with a feature flag', 'Control-M'],
    ['the cobalt blue paint on the vans', 'COBOL'],
    ['when sales falls in january we cut the ad spend', 'Salesforce'],
    ['we had a vote on the new office', 'Vault'],
    ['the llama at the farm park bit a child', 'Lambda'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('platform, data and mobile terms heard as everyday words (held-out rounds 27 and 28)', () => {
  test.each([
    ['the ingress certs expired because sir manager could not renew them', 'cert-manager'],
    ['the stock view is a k sequel d b table over the orders topic', 'ksqlDB'],
    ['never restart the bee zoom connector while the replication slot is lagging', 'Debezium'],
    ['failed postings show as status fifty one on the eye dock', 'IDoc'],
    ['the invoices post into S for Hannah through mule soft', 'S/4HANA'],
    ['approvers release the parked invoices in the fury apps', 'Fiori'],
    ['after a failover the patron knee list shows the new leader', 'Patroni'],
    ['the nightly backup runs with peachy back rest to the bucket', 'pgBackRest'],
    ['if archiving fails the wall files fill the disk', 'WAL'],
    ['a javascript only fix goes out as a code push bundle', 'CodePush'],
    ['the android build needs the her mess engine flag', 'Hermes'],
    ['the version code is set in the grade all file', 'Gradle'],
    ['both data centres hang off the express root circuits in the hub', 'ExpressRoute'],
    ['the pipeline runs terraform plan then check off before the approval', 'Checkov'],
    ['sign-in logs go to Microsoft centennial for a week', 'Sentinel'],
    ['the freshness check turns the dog red in air flow', 'DAG'],
    ['orders and carts live in dinah mo d b', 'DynamoDB'],
    ['the run history of the logic caps workflow shows the 401s', 'Logic Apps'],
    ['the hair flow scheduler retried the task twice', 'Airflow'],
    ['the workers take jobs from rabbit and Q', 'RabbitMQ'],
    ['a merge to main kicks off the gherkins pipeline', 'Jenkins'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['sorry, my dog is barking at the postman', 'DAG'],
    ['the airflow alerts go to day to dog', 'DAG'],
    ["I'll check off the tasks on the list once the plan is done", 'Checkov'],
    ['the centennial celebrations for the town are in june', 'Sentinel'],
    ['he was in a fury about the release', 'Fiori'],
    ['she put the plan up on the wall by the kitchen', 'WAL'],
    ['the teachers grade all the essays by friday', 'Gradle'],
    ['a patron knee injury kept him off the pitch', 'Patroni'],
    ['we had gherkins and cheese at the leaving do', 'Jenkins'],
    ['Pim is coming to the meeting about access', 'PIM'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('ITSM, search, cloud, identity, .NET and backup terms heard as everyday words (held-out round 29)', () => {
  test.each([
    ['jira posts a web hook to the azure function for every new ticket', 'webhook'],
    ['the nightly discovery run keeps the see MDB in step with the stores', 'CMDB'],
    ['the routing business rule is an old glide record script nobody wants to touch', 'GlideRecord'],
    ['the cluster runs on easy two in the ireland region', 'EC2'],
    ['the crock patterns in the logstash pipeline are older than the cluster', 'grok'],
    ['the ill em policy rolls the indices over every night', 'ILM'],
    ['the finance team reads the look at studio dashboards every morning', 'Looker Studio'],
    ['so a look at studio data source breaks when its owner leaves', 'Looker Studio'],
    ['the service is deployed with gee cloud run deploy and no traffic at first', 'gcloud'],
    ['the rate limits are lower scripts so the counting happens inside redis', 'Lua scripts'],
    ['if you add a new lower script keep the braces round the user id key', 'Lua script'],
    ['a small node service on easy s running on fargate sits in front of it', 'ECS'],
    ['the work day sandbox feeds the preview tenant', 'Workday'],
    ['last spring a work day release sent us an empty feed', 'Workday'],
    ['when someone comes back work day gives them a new worker ID', 'Workday'],
    ['okta work flows runs the joiner and leaver flows', 'Okta Workflows'],
    ['you need the work flows admin role in okta as well', 'Workflows admin'],
    ['the apps sign in over Samuel and a few use OpenID Connect', 'over SAML'],
    ['the aws accounts get users over scim, with Samuel for the sso', 'with SAML'],
    ['the api is dot net eight on azure app service', '.NET 8'],
    ['the data access is if core against sql server', 'EF Core'],
    ['the build pushes the package to octopus the ploy which creates a release', 'Octopus Deploy'],
    ['after the release watch apt insights for the failed requests and the exceptions', 'App Insights'],
    ['the emotion, moving VMs between hosts, is set to manual overnight', 'vMotion'],
    ['the veeam check in naggy owes goes amber when a snapshot is left behind', 'Nagios'],
    ['the didi boost connection to the data domain drops after a reboot', 'DD Boost'],
    ['run a sure back up of the domain controllers job after the upgrade', 'SureBackup'],
    ['the new host was added for the eye scuzzy storage network', 'iSCSI'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['the web of hooks in the old barn', 'webhook'],
    ['he hung his coat on the web hook by the door', 'webhook'],
    ['the glider pilot set a glide record over the hills', 'GlideRecord'],
    ['it was easy two days in ireland with the team', 'EC2'],
    ['the soup was in a crock on the stove', 'grok'],
    ['can you take a look at studio data from last year for the dashboard', 'Looker Studio'],
    ["let's look at studio costs on the dashboard", 'Looker Studio'],
    ['gee cloud cover was low all week', 'gcloud'],
    ['the lower floor is closed for painting', 'Lua'],
    ['the lower scripts in the pile go to the printer', 'Lua'],
    ['a normal work day starts at nine', 'Workday'],
    ['we lost a work day to the snow', 'Workday'],
    ['in okta the work flows from the service desk to us', 'Workflows'],
    ['the running workflows carry on on the old version in the okta console', 'Workflows'],
    ['Samuel said he would call about the SSO change', 'SAML'],
    ['I met with Samuel about the SSO project', 'SAML'],
    ['Samuel and Priya set up the SSO last year', 'SAML'],
    ['she chose Tom over Samuel to lead the SCIM work', 'SAML'],
    ['if core services fail we page the on call', 'EF Core'],
    ['an octopus, the ploy of the sea, hides in ink', 'Octopus Deploy'],
    ['she offered some apt insights about the exceptions', 'App Insights'],
    ['there was a lot of emotion in the room about the vcenter move', 'vMotion'],
    ['an emotion of relief when the VMs came back', 'vMotion'],
    ['make sure back up jobs run before the upgrade', 'SureBackup'],
    ["I'm sure back up is fine on the VMs", 'SureBackup'],
    ['yeah sure back up the VMs first', 'SureBackup'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('config, search, cluster and observability terms heard as everyday words (held-out round 30)', () => {
  test.each([
    ['the build agents are baked by the and symbol playbook every night', 'Ansible'],
    ['and symbol provisions the agent hosts and terraform does the rest', 'Ansible'],
    ['each environment has its own Algeria index with a prefix', 'Algolia'],
    ['the product search runs on Algeria with one index per environment', 'Algolia'],
    ['we moved the catalogue off the old elastic cluster to Algeria in the spring', 'Algolia'],
    ['never press reindex while an Algeria reindex is already running', 'Algolia'],
    ['the API runs in cooper nettis on AKS in UK South', 'Kubernetes'],
    ['the traces go through a pair of hotel collectors before they reach datadog', 'OTel collectors'],
    ['the hotel collector pods restart when the traces spike', 'OTel collector'],
    ['if the log format changes the crock parser in the datadog pipeline stops matching', 'Grok parser'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['and symbol of the city, the old bridge is on every postcard', 'Ansible'],
    ['the flag and symbol of the nation hang in the hall', 'Ansible'],
    ['press the and symbol key on the agents keyboard', 'Ansible'],
    ['she flew to Algeria for work', 'Algolia'],
    ['the price index in Algeria went up last year', 'Algolia'],
    ['we searched for flights to Algeria and Morocco', 'Algolia'],
    ['Algeria beat Egypt and climbed the ranking', 'Algolia'],
    ['the job search took her from France to Algeria', 'Algolia'],
    ['she met Cooper in the kitchen after work', 'Kubernetes'],
    ['the hotel collector picked up the laundry', 'OTel'],
    ['the agent said the hotel collector would call', 'OTel'],
    ['a crock of soup on the stove', 'grok'],
    ['the crock parser of words at the fair', 'Grok'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('streaming, integration, edge and security terms heard as everyday words (held-out round 31)', () => {
  test.each([
    ['then i restarted the connector task in confident cloud', 'Confluent Cloud'],
    ['there are two environments in confident cloud dev and prod each with its own snowflake database', 'Confluent Cloud'],
    ['the debbie zee um source connector picked up the new schema', 'Debezium'],
    ['the jobs come in from the job system on event grit, the pricing function writes the invoice', 'Event Grid'],
    ['the big one is that event grit delivers at least once', 'Event Grid'],
    ['the log push job to the new s three bucket is done in staging', 'Logpush'],
    ['the bucket policy changed and log push couldnt write anymore', 'Logpush'],
    ["It's all in SAP B T P, integration sweet, the eye flows, more or less sixty of them.", 'Integration Suite'],
    ["It's all in SAP B T P, integration sweet, the eye flows, more or less sixty of them.", 'iFlows'],
    ['we have two tenants of integration sweet, test and prod', 'Integration Suite'],
    ['there is a mapping in the eye flow that removes the zeros', 'iFlow'],
    ['The retailers send us the orders by E D I over A S two', 'AS2'],
    ['the A S two certificate with one retailer expires in February', 'AS2'],
    ['the partners call our APIs for orders and prices through as your API management.', 'Azure API Management'],
    ['the sore playbooks do the automated response', 'SOAR'],
    ['The auto-containment playbook in sore, the one that isolates a host', 'SOAR'],
    ['admin on Splunk and the deployment server, plus a sore account', 'SOAR'],
    ['a heavy forwarder that takes the sys log from the Palo Alto firewalls', 'syslog'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['im confident cloud costs will drop once the cluster is smaller', 'Confluent'],
    ['we are confident cloud spend on the kafka side is fine', 'Confluent'],
    ['the confluence page for the connector is in the data platform space', 'Confluent'],
    ['debbie zee is my aunt and she lives in leeds', 'Debezium'],
    ['after the event grit and determination got us through the day', 'Event Grid'],
    ['the event grit was all over the floor after the rain', 'Event Grid'],
    ['give the log a push and it rolls down the hill', 'Logpush'],
    ['one more log push up the bank and the fire is built', 'Logpush'],
    ['the integration sweet spot for the team is two messages a day', 'Integration Suite'],
    ['the eye flows across the page from left to right', 'iFlows'],
    ['good design guides the eye flow of the reader through the message', 'iFlow'],
    ['she came in as two of the partners left', 'AS2'],
    ['we send the certificate as two files to the retailers over EDI', 'AS2'],
    ['keep it as your API management notes for the partners', 'Azure'],
    ['my back is sore after the splunk training', 'SOAR'],
    ['a sore throat kept her off the playbook review', 'SOAR'],
    ['it was a sore point with the splunk team', 'SOAR'],
    ['the automation workshop left my feet sore', 'SOAR'],
    ['the splunk team were sore about the outage', 'SOAR'],
    ['the sys admin log is on the server', 'syslog'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('Event Grid heard as "event great" (held-out round 40)', () => {
  test.each([
    ['the event great subscription fires when a secret is near expiry', 'Event Grid'],
    ['it also listens to event great, so when Key Vault says a secret is near expiry it rotates it', 'Event Grid'],
    ['the blob upload raises an event great topic that the azure function reads', 'Event Grid'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['that was a great event', 'Event Grid'],
    ['the music made the event great for the azure team', 'Event Grid'],
    ['the event great fun for the functions team', 'Event Grid'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});
