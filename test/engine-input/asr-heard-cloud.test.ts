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
