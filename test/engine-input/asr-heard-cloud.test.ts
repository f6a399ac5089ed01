import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('Kubernetes, IaC and cloud terms as speech engines mishear them', () => {
  test.each([
    // Kubernetes ecosystem
    ['the cube let on that node died', 'kubelet'],
    ['restart the kube let on the worker nodes', 'kubelet'],
    ['all the services are on cubanetes now', 'Kubernetes'],
    ['it runs on kay eights in the staging cluster', 'Kubernetes'],
    ['we moved the communities cluster to eks last year', 'Kubernetes'],
    ['the cargo cd app synced the helm release', 'Argo CD'],
    ['use cube see tee el to get the pods', 'kubectl'],
    ['the etc d backups run every hour', 'etcd'],
    ['then do elm upgrade with the new values file', 'Helm upgrade'],
    ['the argo see d app syncs from the main branch', 'Argo CD'],
    ['flocks reconciles the kustomization from the repo every minute', 'Flux'],
    ['the east yo sidecar does the mtls between services', 'Istio'],
    ['the in grass controller terminates tls', 'ingress controller'],
    ['the pots are crashing in that namespace after the deploy', 'pods'],
    ['the note pool for the gpu jobs is on spot nodes in aks', 'node pool'],
    ['the h pa scales the pods on cpu', 'HPA'],
    ['build the dokker image in the pipeline', 'Docker'],
    // a bus named amid its Azure neighbours, or before its explorer
    ['Azure SQL for the database, the service boss in the middle, a logic app for the emails', 'Service Bus'],
    ['open the dead-letter queue in service boss explorer just to see what lands there', 'Service Bus explorer'],
    // the short name as the speaker said it, beside its telemetry; the long one likewise
    ['you watch the failed requests in apple sites for fifteen minutes', 'App Insights'],
    ['reading the function logs in app insites, and watching the dashboard', 'App Insights'],
    ['the traces are in application in sites', 'Application Insights'],
    // a vault for secrets and tokens; a front end named before "server" or "app"
    ['so you renew the token, put it in key ball, and rerun the sync', 'Key Vault'],
    ['the front end is blazer server, and it sits on App Service', 'Blazor server'],
    ['the staff portal, which is a blazer app, and finance use it', 'Blazor app'],
    // IaC
    ['the terra grant config wraps the modules', 'Terragrunt'],
    ['the pull you me stack is in typescript', 'Pulumi'],
    ['the cloud information stack failed on the template', 'CloudFormation'],
    // AWS
    ['the e see two instances sit behind the load balancer', 'EC2'],
    ['it writes the reports to the esther bucket', 'S3'],
    ['the lambada function picks up the message', 'Lambda'],
    ['look at the cloud wash logs for that lambda', 'CloudWatch'],
    ['the claude front distribution caches the images', 'CloudFront'],
    ['the records live in root fifty tree', 'Route 53'],
    ['it needs an aim role with permission to read the queue', 'IAM role'],
    ['the tasks run on far get in ecs', 'Fargate'],
    ['the happy gateway routes to the lambda', 'API Gateway'],
    ['the database is in a private b p c subnet', 'VPC'],
    // Azure
    ['it all runs on azhure in west europe', 'Azure'],
    ['the consumers read from event herbs in azure', 'Event Hubs'],
    ['the secret comes from key volt via the managed identity', 'Key Vault'],
    ['the exports go to blog storage in the azure account', 'Blob Storage'],
    ['the login moved to entrance id for sso', 'Entra ID'],
    // GCP
    ['the data is in big quarry tables', 'BigQuery'],
    ['the events go to a pub sob topic in gcp', 'Pub/Sub'],
    ['the redis is memo restore in gcp', 'Memorystore'],
    ['the clusters are on jay see pee in europe', 'GCP'],
    // a misspelled name after a vendor's is still repaired
    ['we run Azure Kubernets Service in west europe', 'Kubernetes'],
    ['the calendar webhooks land in event ridge and a lambda picks them up', 'EventBridge'],
    // Azure letters and names run together
    ['each environment has its own a case cluster in west europe', 'AKS'],
    ['the helm upgrade goes to the prod a case cluster', 'AKS'],
    ['the bookings are in a shore sequel as the main database', 'Azure SQL'],
    ['the alerts page the on call through opts jenny', 'Opsgenie'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    ['the elm tree outside the office fell over', 'Helm'],
    ['the pots and pans are in the kitchen', 'pods'],
    ['she sat in grass all afternoon', 'ingress'],
    ['a flock of birds and flocks of sheep crossed the road', 'Flux'],
    ['it was easy to host the meeting remotely', 'EC2'],
    ['ask Esther about the budget', 'S3'],
    ['our aim is to finish the migration by Friday', 'IAM'],
    ['the main aim for the role is to own the pipeline', 'IAM'],
    ['the door was ajar when we left', 'Azure'],
    ['I can assure you the data is safe', 'Azure'],
    ['we had a big curry after the release party', 'BigQuery'],
    ['the cloud ran across the sky', 'Cloud Run'],
    ['the key fault was a missing index on the table', 'Key Vault'],
    ['the darker image looks better on the slides', 'Docker'],
    ['a cube let me see the pattern in the puzzle', 'kubelet'],
    ['the essence of the plan is simple', 'SNS'],
    ['ask us if you need anything', 'SQS'],
    ['online communities cluster around a few forums', 'Kubernetes'],
    ['the memo restore was done by the admin team', 'Memorystore'],
    ['in a case like this the cluster restarts on its own', 'AKS'],
    ['we had a case last week where a node died', 'AKS'],
    ['I am working on a case with support about the cluster', 'AKS'],
    ['I am sure the sequel to the film was better', 'Azure SQL'],
    // a word the word lists lack is still no product a letter or two away
    ['post in the paywall incidents channel in slack', 'PayPal'],
    // an English word written in capitals is an abbreviation as written
    ['The RADIUS shared secrets are in Key Vault.', 'Redis'],
    // a name given after "called", and a person's surname after the first name
    ["The system is called Folio, it's the document upload and claims service.", 'Cloudflare'],
    ["If it's the vendor, you call Derek Santos, he's the lead there.", 'CentOS'],
    // Google's Secret Manager is not AWS's Secrets Manager
    ['the signing keys live in Secret Manager in the gcp project', 'Secrets Manager'],
    // a name's first part said as itself, then another word: another compound
    ['you bump the tag in the prod folder of the config repo and argo syncs it', 'ConfigMap'],
    ['the rest of the stack is tariff form for all the infrastructure', 'StackStorm'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('Kubernetes, IaC and cloud terms heard as other words or in an accent', () => {
  test.each([
    ['the api runs on cuban nets with two pods', 'Kubernetes'],
    ['use cube see tea el to get the pods', 'kubectl'],
    ['use cube cee tee el to get the pods', 'kubectl'],
    ['use kube cee tee el to get the pods', 'kubectl'],
    ['run cuba control get pods in the payments namespace', 'kubectl'],
    ['run cubic control describe on the pod', 'kubectl'],
    ['bump the version in the helum chart', 'Helm chart'],
    ['bump the version in the hellum chart', 'Helm chart'],
    ['bump the version in the holm chart', 'Helm chart'],
    ['the helum charts live in the deploy repo', 'Helm chart'],
    ['then do hem upgrade with the new values file', 'Helm'],
    ['then run hellum install on the cluster', 'Helm'],
    ['the terrace form modules are in the infra repo', 'Terraform'],
    ['the and sable playbook patches the hosts', 'Ansible'],
    ['build the dokar image in the pipeline', 'Docker'],
    ['build the dockur image in the pipeline', 'Docker'],
    ['build the docket image and push it to the registry', 'Docker'],
    ['the dakar container runs the worker', 'Docker'],
    ['the database sits in a private wee pee see subnet', 'VPC'],
    ['the database sits in a private bee pee see subnet', 'VPC'],
    ['the database sits in the we pc with a nat gateway', 'VPC'],
    ['the reports go to the yes three bucket', 'S3'],
    ['the reports go to the es free bucket', 'S3'],
    ['the reports go to the ess free bucket', 'S3'],
    ['the jobs run on e cee two instances', 'EC2'],
    ['the jobs run on ee cee two instances', 'EC2'],
    ['a lamdah function picks up the message', 'Lambda'],
    ['a lambdah function picks up the message', 'Lambda'],
    ['the lambeth handler times out after fifteen minutes', 'Lambda'],
    ['the lander handler writes to dynamodb', 'Lambda'],
    ['it all runs on azoore in west europe', 'Azure'],
    ['it all runs on ajoor in west europe', 'Azure'],
    ['it all runs on azhur in west europe', 'Azure'],
    ['the api runs in ashore with a sql database', 'Azure'],
    ['the pipelines are in a shore dev ops', 'Azure DevOps'],
    ['the pipelines are in ashore devops', 'Azure DevOps'],
    ['the data is in big carry tables', 'BigQuery'],
    ['the big weary dataset feeds looker', 'BigQuery'],
    ['the ishtio sidecar does the mtls', 'Istio'],
    ['the eestio sidecar does the mtls', 'Istio'],
    ['the east theo gateway terminates mtls', 'Istio'],
    ['service discovery is konsul from hashicorp', 'Consul'],
    ['service discovery is consull from hashicorp', 'Consul'],
    ['the services register in counsel with nomad', 'Consul'],
    ['the kv store is council from hashicorp', 'Consul'],
    ['the records live in route fifty free', 'Route 53'],
    ['the hosted zone is in root fifty free', 'Route 53'],
    ['the tasks run on far got in ecs', 'Fargate'],
    ['the sessions live in dynamite db', 'DynamoDB'],
    ['the old checks are in nah gee os', 'Nagios'],
    ['the jobs run on a geeky cluster in europe', 'GKE'],
    ['it all runs on azuray in west europe', 'Azure'],
    ['it all runs on a zoo ray in west europe', 'Azure'],
    ['the cloud fund edge caches the images from the s3 origin', 'CloudFront'],
    ['the sessions are in elastic cage with redis', 'ElastiCache'],
    ['the answer bull playbook patches the hosts', 'Ansible'],
    ['the old checks are in nagging os', 'Nagios'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    ['the cuban nets were full of fish', 'Kubernetes'],
    ['the book is about cuba control of the sugar trade', 'kubectl'],
    ['the car has a cubic control panel', 'kubectl'],
    ['she took up the hem of the dress', 'Helm'],
    ['the hem release of the skirt was uneven', 'Helm'],
    ['fill in the terrace form for the restaurant booking', 'Terraform'],
    ['the coat was black and sable', 'Ansible'],
    ['the court docket was full this week', 'Docker'],
    ['the rally ended in dakar last year', 'Docker'],
    ['the bee pee see show was on telly', 'VPC'],
    ['we pc gamers love a sale', 'VPC'],
    ['yes three people came to the meeting', 'S3'],
    ['the es free tier is fine', 'S3'],
    ['the ess free sample was fine', 'S3'],
    ['we walked through lambeth on the way', 'Lambda'],
    ['the lander touched down on the moon', 'Lambda'],
    ['we went ashore at the harbour', 'Azure'],
    ['that is a big carry on bag', 'BigQuery'],
    ['he looked big weary after the trip', 'BigQuery'],
    ['east theo lives near the park', 'Istio'],
    ['take counsel from your manager', 'Consul'],
    ['the council meeting is on friday', 'Consul'],
    ['the bus on route fifty free was late', 'Route 53'],
    ['the root fifty free sample was fine', 'Route 53'],
    ['we far got lost on the way', 'Fargate'],
    ['a geeky friend fixed my laptop', 'GKE'],
    ['the cloud fund raised money for charity', 'CloudFront'],
    ['the elastic cage for the bird', 'ElastiCache'],
    ['that answer bull was rubbish', 'Ansible'],
    ['my phone has a nagging os update', 'Nagios'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('ECR, kubeconform, kubeval, Cloud Build and Consul heard as everyday words (held-out round 40)', () => {
  test.each([
    ['the chart packages sit in easy are as oci artifacts', 'ECR'],
    ['the lifecycle policy on the easy are repository', 'ECR'],
    ['the easy are token expires every twelve hours', 'ECR'],
    ['the error says helm pull unauthorized from easy are', 'ECR'],
    ['github actions runs helm lint and cube con form on every pull request', 'kubeconform'],
    ['the cube con form schemas for our custom resources are not started', 'kubeconform'],
    ['we used to run cube val against the manifests in ci', 'kubeval'],
    ['when its merged to main cloud bill deploys it to staging', 'Cloud Build'],
    ['deploys go through cloud bill from the github repo', 'Cloud Build'],
    ['You open a pull request, and cloud bill runs the unit tests.', 'Cloud Build'],
    ['every service goes through an envoy sidecar and console connect gives them certificates', 'Consul connect'],
    ['dont restart the console servers in cape town the mesh is still tender', 'Consul servers'],
    ['console intentions decide which service may talk to which', 'Consul intentions'],
    ['the console acl tokens come from the secrets engine', 'Consul acl'],
    ['the envoy sidecars register in console', 'Consul'],
  ])('%s', (s, term) => {
    expect(clean(s)).toContain(term);
  });

  test.each([
    ['easy are the words', 'ECR'],
    ['it was not easy are you sure', 'ECR'],
    ['how easy are the docker images to rebuild', 'ECR'],
    ['that was easy are you pushing the image now', 'ECR'],
    ['make the cube conform to the shape of the box', 'kubeconform'],
    ['the cloud bill went up again this month', 'Cloud Build'],
    ['the cloud bill for a million players a month was going to be silly money', 'Cloud Build'],
    ['our cloud bill doubled after we moved staging to gke', 'Cloud Build'],
    ['the cloud bill from staging was four thousand dollars', 'Cloud Build'],
    ['we get the cloud bill per staging project in the spend report', 'Cloud Build'],
    ['log into the aws console', 'Consul'],
    ['log into the aws console and look at the envoy sidecars', 'Consul'],
    ['the console shows the error', 'Consul'],
    ['the console log shows the sidecar crashed', 'Consul'],
    ['he bought a games console for the nomad kids', 'Consul'],
    ['log into the console and copy the secret from key vault', 'Consul'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});
