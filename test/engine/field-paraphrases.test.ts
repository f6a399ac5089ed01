/**
 * Everyday ways of stating each required field, as people say them in any KT call, and
 * near misses that must state nothing: promises, pointers, questions, stories and other
 * fields' sentences. Written for the kind of sentence, not copied from any transcript.
 */
import { distilSection } from '../../src/engine/items/distil';
import { sectionStatus } from '../../src/engine/status/status';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { sectionStatusOf as statusOf, sentencesOf, statedFields as stated } from './helpers';

type Case = [section: string, field: string, sentence: string];

const SAID: Case[] = [
  // the system named as "X is the software behind ...", a cut-off outage "should it be unavailable", the window "for production",
  // symptoms that show as unavailable or stay open, and "X is taking it" for the incoming owner
  ['system-overview', 'system-name', 'Sure, so Tidewell is the software behind the harbour moorings and the visitor berths.'],
  ['system-overview', 'breaks-if-down', 'Should it be unavailable, no permits can be issued and the wardens work from paper.'],
  ['deployment-rollback', 'deploy-window', 'The window for production is Tuesday evening between seven and nine.'],
  ['common-failures', 'symptom', 'Every scooter showed as unavailable in the rider app.'],
  ['common-failures', 'symptom', 'The rider ends the trip but the rental stays open.'],
  ['sign-off', 'incoming-owner', "For the record, I'm Sam Ortiz, handing it over, Priya Das is taking it, and it's the third of May."],
  // whose call a change is, people who must both agree, the team it sits in, the last good build deployed again,
  // a screen that sits there saying something, and the answer to "what's the worst that can happen?"
  ['danger-zones', 'approver', "Any change to the rates table is Joanna Pike's call, in writing."],
  ['danger-zones', 'approver', 'The scale settings need the service engineer and the site manager to both agree.'],
  ['ownership-escalation', 'owning-team', 'The app sits in the retail systems team under Omar.'],
  ['deployment-rollback', 'rollback-action', 'You find the last good image and deploy that image again.'],
  ['common-failures', 'symptom', 'The handhelds sit there saying uploading and the drivers cannot submit the round.'],
  // the cause named as "that's X doing Y", or after "which is"
  ['common-failures', 'cause', "That's the bank changing the columns in their export, they've done it twice."],
  ['common-failures', 'cause', 'Second one, emails stuck at queued and never sent, which is the disk filling up on the mail box.'],
  // money said as what passes through it or what it brings in; a change nobody makes unless two people said yes;
  // a change "never" made in bulk; a chain of calls ending on a mobile or a callout number; whom to go to day to day;
  // the handover said as handed over from one person to another
  ['system-overview', 'business-impact', 'About ninety grand a week goes through it in the busy season.'],
  ['system-overview', 'business-impact', 'It brings in roughly two hundred thousand pound a year in permit fees.'],
  ['danger-zones', 'approver', 'Nobody edits the rates file unless the director and I have both said yes.'],
  ['danger-zones', 'do-not-touch', 'Never bulk-change the permissions on the shared folders.'],
  ['ownership-escalation', 'escalation-path', 'At night the warden rings the duty desk and the duty desk rings your mobile.'],
  ['ownership-escalation', 'escalation-path', 'For the network it is the supplier, they have a callout number on the wall.'],
  ['ownership-escalation', 'contact', 'Day to day you go to Mairead, and for anything legal it is the partner.'],
  ['sign-off', 'outgoing-owner', 'So this is the parking system handed over from Sam Reid to Jo Kerr today.'],
  ['sign-off', 'incoming-owner', 'So this is the parking system handed over from Sam Reid to Jo Kerr today.'],
  ['sign-off', 'outgoing-owner', 'This is the handover of the scheduler from me, Dana Holt, to Lee Marsh.'],
  ['sign-off', 'incoming-owner', 'This is the handover of the scheduler from me, Dana Holt, to Lee Marsh.'],
  // someone who signs every change, or with whom a change is agreed, approves it
  ['danger-zones', 'approver', 'The clinical lead signs every rule change before it goes live.'],
  ['danger-zones', 'approver', 'Any change to that file is agreed with Brendan in the lab before it goes to test.'],
  // money in it said as a budget a mistake costs, or as what a part costs to rebuild
  ['system-overview', 'business-impact', "There's money in it too, a late return can cost a club its season grant."],
  ['system-overview', 'business-impact', 'The pitches are the whole business, one pitch is about forty grand to rebuild.'],
  // a staging box beside production; a committee that is the speaker; a path when it is not fixed (raw "its") and who is above;
  // a line that stops with an error; "usually it is" a cause; what it makes
  ['system-overview', 'environments', 'There is a staging server the same as live but smaller.'],
  ['ownership-escalation', 'owning-team', 'The digital committee which is me and two volunteers, and it reports to the trustees.'],
  ['ownership-escalation', 'escalation-path', 'if its not fixed in half an hour the shift lead rings the supplier'],
  ['ownership-escalation', 'escalation-path', 'First you, then the agency, and above them it is Priya.'],
  ['common-failures', 'symptom', 'The packing line stops with a barcode mismatch on the first boxes.'],
  ['common-failures', 'cause', 'Usually it is one record with no postcode that blocks the rest of the batch.'],
  ['system-overview', 'purpose', 'Every evening it makes the delivery lists for the drivers.'],
  // the names said before the date is put off
  ['sign-off', 'outgoing-owner', 'It will be me, Ravi, as the outgoing owner, and you, Aoife, as the incoming owner, and the date we will fix once you have done one production deploy.'],
  // access as roles on environments; a path up when it cannot be fixed; the worst moments; the previous release's time
  ['day-1-checklist', 'access', 'You need the Google Cloud projects, viewer on production and editor on staging, and the GitHub repository.'],
  ['ownership-escalation', 'escalation-path', "Alerts go through xMatters, and if you can't fix it in thirty minutes it goes to Fiona, and after her to the duty officer."],
  ['system-overview', 'critical-when', 'The worst moments are the last two days before the late deadline at the end of May.'],
  ['deployment-rollback', 'rollback-time', 'In Envoyer you redeploy the previous release, it just swaps the symlink back, takes about a minute.'],
  // checking after, said with "after" alone; a rollback trigger as "if ..., you roll back"
  ['deployment-rollback', 'post-validation', 'After, you watch the next real pass end to end and the pass health dashboard goes green.'],
  ['deployment-rollback', 'rollback-trigger', "If we miss a pass, or the frames don't arrive after the next pass, you roll back."],
  // criteria: someone named doing the work without the outgoing owner
  ['completion-check', 'criteria', 'From my side, when Daniel did one prod deployment and one rollback on staging without me helping.'],
  // "never" said as what not to do
  ['day-1-checklist', 'avoid-actions', 'Never restart the broker in your first week.'],
  // the window named plainly in the deploy talk
  ['deployment-rollback', 'deploy-window', 'The window is Tuesday and Thursday between ten and two, when the control room is fully staffed.'],
  // what it does in a long name for its kind; a rollback when uploads start failing; a rollback someone has to OK
  ['system-overview', 'purpose', 'Pestle is the home delivery routing and proof-of-delivery service for Ashgrove Pharmacy.'],
  ['deployment-rollback', 'rollback-trigger', 'If proof-of-delivery uploads start failing or Sentry lights up, you roll back.'],
  ['deployment-rollback', 'rollback-approver', "Rolling back is swapping the slots again, but you don't do it on your own, Gurpreet has to OK it."],
  // a short lead-in stays with the check it leads into, beside a promise
  ['deployment-rollback', 'pre-checks', "Before you start, check the bookings queue is empty and read the migration, I'll tell you why in a sec."],
  // why said as a legal or safety matter; the approver a change needs in writing
  ['danger-zones', 'why', "Don't touch any of them, every one is a legal or a patient safety thing."],
  ['danger-zones', 'approver', 'Any change there needs me and the superintendent pharmacist, both of us, in writing.'],
  // the users as every passenger who does something
  ['system-overview', 'users', 'Every passenger who walks on scans the code of the ticket at the turnstile.'],
  // the impact pointed at as such, why it matters, what matters commercially
  ['system-overview', 'business-impact', "Schools plan the week with it and the buses are booked off it, so that's the impact."],
  ['system-overview', 'business-impact', 'The reason it matters is safety: a missed reminder and a patient runs out of tablets.'],
  ['system-overview', 'business-impact', 'The one that really matters commercially is ad sales, the reports are due at seven.'],
  // money in the singular ("thirty million euro"), and a pair of consequences
  ['system-overview', 'business-impact', "It's about thirty million euro of bookings a year going through it."],
  ['system-overview', 'business-impact', 'If we miss the cut-off every deposit clears a day late, and that is complaints, compensation and the phones ringing all afternoon.'],
  // people at work in it, named by their crew or trade
  ['system-overview', 'users', 'The cellar crews watch the temperatures on the tablets and the head brewers sign off the batch records in the web app.'],
  // the owning team named without an article
  ['ownership-escalation', 'owning-team', 'The team is grow tech under Marieke in the IT department.'],
  // a fix said as republishing, as running the playbook, or as starting the job by hand
  ['common-failures', 'fix', 'You republish the tariff for only that meter with the admin endpoint.'],
  ['common-failures', 'fix', 'You run the Ansible playbook for the database and it rejoins the node.'],
  ['common-failures', 'fix', 'then you start the compression job by hand'],
  // a cause after an upgrade
  ['common-failures', 'cause', 'The compression job sometimes stops after an upgrade, then the disk fills.'],
  // rolling back somewhere to the previous revision; a check before you start
  ['deployment-rollback', 'rollback-action', 'You roll back in Argo CD to the previous revision and leave the database alone.'],
  ['deployment-rollback', 'pre-checks', 'Before you start, the submit queue has to be at zero and the change approved.'],
  // an approver a change needs to agree
  ['danger-zones', 'approver', 'Anything touching the ledger needs me and Dafydd to agree first, in writing.'],
  // who is who at sign-off with the names between
  ['sign-off', 'outgoing-owner', "Outgoing that's me, Rangi Thompson, incoming Adaeze Okonkwo."],
  ['sign-off', 'incoming-owner', "Outgoing that's me, Rangi Thompson, incoming Adaeze Okonkwo."],
  ['plain-english-notes', 'tribal-knowledge', 'Good to know that the nightly export skips bank holidays.'],
  ['bad-windows', 'avoid-period', 'December, the week before Christmas, we ship twice the normal volume, so nothing goes out that week.'],
  // the rule for taking work said as the rule itself, or as where new work goes
  ['open-responsibilities', 'acceptance-rule', 'The rule we settled on, sorry, the rule we agreed is that unfinished work stays with you.'],
  ['open-responsibilities', 'acceptance-rule', 'For anything new, if it is about invoicing you take it, otherwise Pieter decides.'],
  ['open-responsibilities', 'acceptance-rule', 'anything new from marketing goes through Anke first'],
  ['open-responsibilities', 'acceptance-rule', "You take whatever is already in review, and the rest comes back to me."],
  // no formal on-call "as such", and a path all the same; a committee as the owning team
  ['ownership-escalation', 'escalation-path', "There's no on-call as such, Sentry alerts go into the cornerflag-alerts channel on Slack, and if you're stuck you ring Gareth, and if he can't sort it, Huw."],
  ['ownership-escalation', 'owning-team', "Ownership, formally it's the league's management committee, but really it's the digital sub-committee."],
  // a rollback's time in any number of minutes; validation said of the deploy once it is out
  ['deployment-rollback', 'rollback-time', 'The rollback takes about twelve minutes.'],
  ['deployment-rollback', 'rollback-time', 'Rolling back takes an hour.'],
  ['deployment-rollback', 'post-validation', "After it's out, the GTFS-Realtime feed timestamp should be moving every thirty seconds."],
  ['open-responsibilities', 'acceptance-rule', "you've got till the end of week two to accept each one or push it back to me"],
  // raw speech runs the question into its answer
  ['system-overview', 'critical-when', 'every month when does it really matter the first few working days of the month thats when the collection run goes out'],
  // who uses it, said of the user side or of clerks and officers at work in it
  ['system-overview', 'users', "And on the user side, it's the two hundred or so agents in the Leeds contact centre and customers on the self-service portal."],
  ['system-overview', 'users', 'The booking team and the outpatient booking clerks use the dashboard every day to see the replies and the rebookings.'],
  // what it does said as what it is for, or how people use it
  ['system-overview', 'purpose', "The system is called Admit, it's the online ticketing and timed entry for the Kelburn Museum."],
  ['system-overview', 'purpose', 'So, the service is called Borderline, it is the duty calculator for the checkout.'],
  ['system-overview', 'purpose', "So Satchel is, it's the council's school admissions portal, it's how parents in Hartmoor apply for a primary or a secondary place."],
  // round 34's overviews: the system defined as how something happens, what does it, or a kind of estate
  ['system-overview', 'purpose', "So, the release train, it's basically how the Kettle app gets from main onto people's phones, every two weeks."],
  ['system-overview', 'purpose', 'When a squad wants to ship a change, Bakkie is what takes it from the merge to running in production.'],
  ['system-overview', 'purpose', 'The whole thing we call Tijori, it is the Amazon RDS for MySQL fleet for Kavach Insure, basically three main databases.'],
  ['system-overview', 'purpose', "So it's basically the whole New Relic setup for Cedar Valley Credit Union, the monitoring side of online banking."],
  ['system-overview', 'purpose', 'in the background it watches the stock at every site and sends resupply orders to the depots'],
  // business impact said as people paid, somebody's rent, paying for the loss, or the papers
  ['system-overview', 'business-impact', "On Sunday night we send the week's hours to payroll, so it's really about nine thousand people getting paid right."],
  ['system-overview', 'business-impact', "A lot of our drivers pay their rent from that Tuesday money, so if it's late, it's not an annoyance, it's somebody's rent."],
  ['system-overview', 'business-impact', 'worst case a farmer has to pour milk down the drain and the co-op pays him for it and its in the farmers journal the week after'],
  // whom to contact named as the manager; alerts landing in a chat space, or a team that gets the call, as the path
  ['ownership-escalation', 'contact', "Owner is the Payments Platform team, it's in the Checkout tribe, and Kasia Nowak is our engineering manager."],
  ['ownership-escalation', 'escalation-path', 'The alerts from Sentry go to the Google Chat space kolben alerts, and during the day the order desk opens a ticket.'],
  ['ownership-escalation', 'escalation-path', 'At night the standby of the ERP team gets the call.'],
  // a danger zone's approver signing it off, and why said as what it wipes, costs or charges
  ['danger-zones', 'approver', 'Nobody changes that list without me and Fiona Drummond, the site HSE lead, both signing it off in writing.'],
  // two actions forbidden at once; a change signed by someone, or let through only by them
  ['danger-zones', 'do-not-touch', 'So never clear or edit the bounce list by hand.'],
  ['danger-zones', 'approver', 'Every change to the mapping needs a change request signed by Ilse and by Tomas from QA.'],
  ['danger-zones', 'approver', "Nobody edits those templates unless it's come through me or the head of compliance, Mariam Yusuf."],
  ['danger-zones', 'why', "Number two, don't edit the working_patterns table directly in the database, a bad row there wipes a stylist's availability for weeks ahead."],
  ['danger-zones', 'why', "It's incremental, a full rebuild takes six hours on the XL warehouse and costs about nine hundred pounds in credits."],
  ['danger-zones', 'why', 'Number one is the no-show fee batch, it charges real cards, so never run it by hand.'],
  // the owning team said as who "we" are
  ['ownership-escalation', 'owning-team', 'its us the highways digital team so three of us now and two once i go'],
  ['ownership-escalation', 'owning-team', "We're Royalties Engineering, it's us plus two people in the Lisbon office."],
  ['ownership-escalation', 'owning-team', "We're in the Renewables Digital team, the OT apps squad, and Katrine Bech is the team lead."],
  // a failure's cause: what it got stuck on, what it backs up on, what it followed, what never reconnects
  ['common-failures', 'cause', 'what happened was the sync worker had got stuck on one massive record with about forty x ray attachments'],
  ['common-failures', 'cause', 'the second one is the pubs up subscription backing up when the publisher gets a huge chain menu and the lag alert fires'],
  ['common-failures', 'cause', 'and the third is the redis cache holding an old menu after a failed publish so the app shows old prices'],
  ['common-failures', 'cause', 'Number one is the MQ connection, the AODB team patches their servers the first Sunday of the month, they fail over, and our listener does not reconnect.'],
  // the deploy window said of prod, or of doing "that"
  ['deployment-rollback', 'deploy-window', 'The prod window is Tuesday to Thursday, ten to twelve UTC, never on a launch day.'],
  ['deployment-rollback', 'deploy-window', 'Prod is only Tuesday to Thursday, ten till two Central European time, never on a Friday and never in the evening peak.'],
  ['deployment-rollback', 'deploy-window', 'Prod is a manual sync in Argo CD, and we only do that on a Monday morning, because most of the salons are closed on Mondays.'],
  // the doubt is about the region only: the environments still stand
  ['system-overview', 'environments', "We've got dev, staging and prod, all in AWS, in the Ireland region I think, let me double-check that."],
  ['ownership-escalation', 'owning-team', 'It sits with the patient comms team, let me check who leads it.'],
  ['architecture-reference', 'last-updated', "The diagram is from before the migration, so it's maybe three years old."],
  ['sign-off', 'outgoing-owner', 'Put me down as outgoing, Lena Fischer, and you as incoming, Tom Baker.'],
  ['sign-off', 'incoming-owner', 'Put me down as outgoing, Lena Fischer, and you as incoming, Tom Baker.'],
  ['sign-off', 'incoming-owner', 'Yes, Lena Fischer outgoing and Tom Baker incoming.'],
  ['system-overview', 'breaks-if-down', 'If it does go down, the clinics cannot book anyone.'],
  ['ownership-escalation', 'owning-team', "It sits with the council's digital platforms team."],
  ['ownership-escalation', 'owning-team', "That's Omar's team."],
  ['ownership-escalation', 'escalation-path', 'The night shift pages us through the support rotation.'],
  ['ownership-escalation', 'escalation-path', 'If the first person does not answer in ten minutes it goes to the team lead.'],
  ['system-overview', 'purpose', 'This is the pricing engine, we all call it Abacus, and it computes and publishes the shelf prices.'],
  ['day-1-checklist', 'avoid-actions', "I don't touch prod in the first week and neither should you."],
  ['day-1-checklist', 'safe-actions', 'The safest thing in week one is to replay a test file in staging.'],
  ['day-1-checklist', 'safe-actions', 'Start with read-only access and look at the dashboards.'],
  // what the speaker would not do yet, and a rule of thumb for whose work a request is
  ['day-1-checklist', 'avoid-actions', "What I wouldn't touch in your first week is the billing cron."],
  ['day-1-checklist', 'avoid-actions', "You wouldn't restart the brokers on your own."],
  ['open-responsibilities', 'acceptance-rule', 'Rule of thumb: anything about the mobile app goes to the app team.'],
  ['system-overview', 'business-impact', 'Every missed outpatient appointment costs the trust about a hundred and sixty pounds.'],
  ['sign-off', 'outgoing-owner', 'For the sign-off, it is me, Joana Pereira, outgoing, and you, Ellie Brennan, incoming.'],
  ['sign-off', 'incoming-owner', 'For the sign-off, it is me, Joana Pereira, outgoing, and you, Ellie Brennan, incoming.'],
  ['system-overview', 'business-impact', 'Those are our biggest accounts, so roughly sixty percent of revenue sits behind it.'],
  ['system-overview', 'business-impact', "That's a complaint to the ombudsman, and possibly the local paper."],
  ['system-overview', 'business-impact', 'Honest sellers wait for their money, and that is the complaints and the tweets.'],
  ['sign-off', 'outgoing-owner', "So, for the record, I'm Elodie, I'm handing Tessera over to Tom, and today is the fourteenth of May."],
  ['day-1-checklist', 'avoid-actions', 'I never run the backfill myself and neither should you.'],
  ['day-1-checklist', 'avoid-actions', "Not yet, don't touch the billing job."],
  ['open-responsibilities', 'acceptance-rule', 'If you do not accept a task, tell the manager.'],
  ['sign-off', 'incoming-owner', "So, for the record, I'm Elodie, I'm handing Tessera over to Tom, and today is the fourteenth of May."],
  ['open-responsibilities', 'acceptance-rule', "If it's about billing it's ours, otherwise you send it to the platform team."],
  // a plan that names someone to do things with you is a plan, not a put-off
  ['first-30-days', 'weekly-plan', 'Week two you will do the deploy with Dana, and in week three you do it alone.'],
  // an overview said the way people talk about their system's users, busy times and cost
  ['system-overview', 'purpose', 'It sells the season tickets and it controls the gates at the stadium.'],
  ['system-overview', 'purpose', "It's the front desk and the till for every class we run."],
  ['system-overview', 'purpose', 'Tidemark is our berth planning and pilot booking system, so when a ship is due the harbour office sees it.'],
  ['system-overview', 'purpose', 'It is the stock movements ledger for all the depots.'],
  ['system-overview', 'users', 'The homeowners upload the safety certificates and the council checks them.'],
  ['system-overview', 'users', 'Applicants and their agents submit the forms online.'],
  ['system-overview', 'critical-when', 'The moment that really matters is the Friday payroll cut-off.'],
  ['system-overview', 'critical-when', 'The busy times are Monday mornings and the week before Christmas.'],
  ['system-overview', 'business-impact', 'In terms of impact, a late file means the stores open with the wrong stock.'],
  ['system-overview', 'business-impact', 'Every lost booking is an empty van and a customer who goes elsewhere.'],
  ['system-overview', 'business-impact', 'It hits the numbers we report every quarter.'],
  ['system-overview', 'business-impact', 'That is a finding for the auditors and possibly a fine.'],
  ['system-overview', 'business-impact', 'A day without it is a few hundred thousand euros sitting in limbo.'],
  ['system-overview', 'business-impact', 'The business cost is mostly abandoned baskets.'],
  ['system-overview', 'business-impact', 'If it is wrong, people get paid the wrong amount.'],
  ['system-overview', 'business-impact', 'If it is down the site shows no slots, so people book somewhere else.'],
  ['system-overview', 'business-impact', 'It saves us about ten percent on freight, our second biggest cost.'],
  ['system-overview', 'business-impact', 'The complaints go straight to the dean.'],
  ['system-overview', 'critical-when', 'It matters on Friday and Saturday nights, from six till nine.'],
  ['bad-windows', 'avoid-period', 'The exam session in January and June, no deploys, no changes in the cluster.'],
  ['bad-windows', 'avoid-period', 'No changes in December, the shops are too busy.'],
  ['ownership-escalation', 'escalation-path', "There's no proper on-call, except in payroll week, when whoever is primary carries the phone."],
  ['ownership-escalation', 'escalation-path', "If you're stuck, it goes to Mark Evans, the head of people systems."],
  ['day-1-checklist', 'access', 'You need adding to both cloud projects and to the on-call rota.'],
  ['day-1-checklist', 'safe-actions', "On Friday just sit with whoever's on call and watch the dashboards with them."],
  ['day-1-checklist', 'safe-actions', "It's safe to restart the workers, but don't touch the queue."],
  ['architecture-reference', 'last-updated', "It's from before we moved to the managed database, so it's probably about a year old."],
  ['deployment-rollback', 'post-validation', 'After prod you book and cancel a test order and watch the checkout panel in Grafana for ten minutes.'],
  ['danger-zones', 'do-not-touch', 'Nobody touches the release cron without me or Gareth, my deputy, signing it off.'],
  ['danger-zones', 'approver', 'Nobody touches the release cron without me or Gareth, my deputy, signing it off.'],
  // work in flight said by where it stands, not by a status word
  ['open-responsibilities', 'tasks', 'The label feed is half moved into the new pipeline.'],
  ['open-responsibilities', 'tasks', 'The Helm chart upgrade is sitting in a branch nobody has merged.'],
  ['open-responsibilities', 'tasks', "The SSO change passes its tests but it's not in UAT yet."],
  ['open-responsibilities', 'tasks', 'The new export is written but not applied.'],
  ['open-responsibilities', 'tasks', 'The kiosk check-in is built and in staging but not in prod.'],
  ['open-responsibilities', 'tasks', 'The second warehouse is only planned, nothing started.'],
  // what brings a failure on, said as how often or after what
  ['common-failures', 'cause', "Nine times out of ten it's the antivirus container hanging on its update."],
  ['common-failures', 'cause', 'It happens about once a month, usually after the vendor restarts their server.'],
  ['common-failures', 'cause', 'The warm-up runs at five and if the upstream is slow it times out.'],
  ['common-failures', 'cause', "That's the PDF library throwing on the encryption."],
  ['common-failures', 'cause', 'The provider answers with too many requests and the jobs stay pending.'],
  ['common-failures', 'cause', 'The lag comes back when AWS patches the brokers and the consumers rebalance.'],
  // not knowing as the outcome of the worst case is the worst case
  ['system-overview', 'worst-case', "The worst case is a fire when the list is wrong, and then we don't know who is still in the building."],
  // who owns it and whom to ask, said by role and by "ours"; sign-off names without an "and"
  ['ownership-escalation', 'contact', 'The owner is the payments team, and the team lead is Burak Demir.'],
  ['ownership-escalation', 'owning-team', 'The system is ours, the IT team at the valley station.'],
  ['sign-off', 'outgoing-owner', "Sign-off: Hannah outgoing, Diego incoming, let's say Friday the eleventh."],
  ['sign-off', 'incoming-owner', "Sign-off: Hannah outgoing, Diego incoming, let's say Friday the eleventh."],
  // a release told as the button pressed, the request opened and what you can do alone
  ['deployment-rollback', 'deploy-window', 'Prod is a manual button and we only press it Monday to Wednesday before noon.'],
  ['deployment-rollback', 'pre-checks', 'You open a merge request and CI runs the lint and the contract tests.'],
  ['deployment-rollback', 'pre-checks', 'Before you press it, check the queue dashboard is calm.'],
  ['deployment-rollback', 'deploy-steps', 'You open a PR, the workflow builds the image, and Argo CD syncs it to staging.'],
  ['completion-check', 'criteria', 'You can do a release alone and you know who to call at the bank.'],
  // system name: the system as the subject after a spoken lead-in, or inside "what X does is"
  ['system-overview', 'system-name', 'basically what the billing export service does is it collects every invoice'],
  ['system-overview', 'system-name', 'first what it is the loyalty platform is all the points logic behind the app'],
  ['system-overview', 'system-name', 'In short, the booking engine is everything between the website and the hotels.'],
  ['system-overview', 'system-name', "It's called Harbour, and it books the pilots for incoming ships."],
  ['system-overview', 'system-name', 'Everybody calls it the dispatcher, the repo has a longer name.'],
  ['system-overview', 'system-name', 'Let me explain shortly, Harbourline is port pilot booking service, every ship asks us for a pilot.'],
  ['system-overview', 'system-name', "Tidewater is the harbour authority's berth and pilot booking system."],
  ['system-overview', 'system-name', 'Right, let me tell you what Gatekeeper actually is.'],
  ['system-overview', 'system-name', 'Ledgerline is where every supplier payment gets done, from the invoice to the bank file.'],
  ['system-overview', 'purpose', 'Ledgerline is where every supplier payment gets done, from the invoice to the bank file.'],
  // the name defined by what it does for people
  ['system-overview', 'system-name', 'Tollgate is what charges the lorries at the port.'],
  ['system-overview', 'system-name', 'So Ferrylink is how a passenger books a crossing.'],
  ['system-overview', 'system-name', 'Right so Ledgerly is the thing that moves money between the wallets.'],
  ['system-overview', 'users', 'The people who live in it all day are the dispatchers.'],
  ['system-overview', 'critical-when', 'Friday evening is when it really has to work.'],
  ['sign-off', 'date', 'Sign-off is Priya outgoing and Jordan incoming, dated the fourteenth of March.'],
  ['ownership-escalation', 'contact', 'It used to be Bob, now you ask Alice in the platform channel.'],
  ['day-1-checklist', 'access', 'Ask for reader on the production subscription, not contributor, reader is plenty.'],
  ['day-1-checklist', 'access', 'Get yourself onto the on-call schedule as a shadow.'],
  // the two names said as who is who
  ['sign-off', 'outgoing-owner', "I'm Pavel, you're Maeve, and we both sign once the page is reviewed."],
  ['sign-off', 'incoming-owner', "I'm Pavel, you're Maeve, and we both sign once the page is reviewed."],
  ['ownership-escalation', 'contact', 'If it is clearly the ERP, you go to Ingrid in the SAP basis team, she is lovely.'],
  ['ownership-escalation', 'contact', 'Alerts go to Opsgenie, and day to day we talk in the billing channel on Slack.'],
  ['plain-english-notes', 'tribal-knowledge', 'There are a few quirks, like the nightly job runs in UTC so it looks an hour late in summer.'],
  ['bad-windows', 'avoid-period', 'The freeze calendar says no deploys in the last week of the quarter.'],
  ['open-responsibilities', 'acceptance-rule', "If you don't want a task you can opt out, just tell me."],
  // not being sure of something else is no doubt about the path
  ['ownership-escalation', 'escalation-path', "The escalation path is the on-call then the head of platform, I'm not sure they like it though."],
  // what it does
  ['system-overview', 'purpose', 'Its job is to match every bank transfer to an open invoice.'],
  ['system-overview', 'purpose', 'It exists so that warehouses never sell stock they do not have.'],
  ['system-overview', 'purpose', 'It is the booking diary for the whole clinic, nurses and doctors both.'],
  ['system-overview', 'purpose', 'The loyalty platform is all the points logic that the shop and the app build on.'],
  // non-native grammar: a dropped third-person s
  ['system-overview', 'purpose', 'What it do, in simple words, when a driver finish a trip it work out the fare.'],
  // who uses it
  ['system-overview', 'users', 'The support agents look at it every morning.'],
  ['system-overview', 'users', 'And indirectly every driver who gets a route from it.'],
  ['system-overview', 'users', 'Passengers book on the website and the travel agencies book through the agent portal.'],
  // when it is critical
  ['system-overview', 'critical-when', 'The busiest time is Sunday evening, when everybody plans the week.'],
  ['system-overview', 'critical-when', 'It has to be up between eight and six on working days.'],
  ['system-overview', 'critical-when', 'It runs twenty four seven and people notice within minutes.'],
  // business impact
  ['system-overview', 'business-impact', 'It is a full outage of the shop.'],
  ['system-overview', 'business-impact', 'A late file means penalties from the regulator.'],
  ['system-overview', 'business-impact', 'We pay SLA credits to the big clients when it is late.'],
  ['system-overview', 'business-impact', "The business side of it is the contract, we're contractually bound to publish by nine."],
  ['system-overview', 'business-impact', 'The wards go to agency staff, which costs a fortune.'],
  ['system-overview', 'business-impact', 'That is roughly forty thousand euros a day in lost fees.'],
  ['system-overview', 'business-impact', 'Every hour it is down on a market day is money gone.'],
  ['system-overview', 'business-impact', 'Without the signed form we cannot dispute it, so we simply refund the order.'],
  ['system-overview', 'business-impact', 'We sell about half of the whole year in the six weeks before Easter.'],
  ['system-overview', 'business-impact', 'Last time it leaked, the story ended up in the local newspaper.'],
  ['system-overview', 'business-impact', 'If results are late, students cannot enrol for the next term.'],
  // worst case
  ['system-overview', 'worst-case', 'The nightmare scenario is a double payout to every supplier.'],
  ['system-overview', 'worst-case', 'The scariest thing is when it silently sends wrong prices.'],
  ['system-overview', 'worst-case', 'The biggest risk is that nobody notices for a day.'],
  // what breaks if it is down
  ['system-overview', 'breaks-if-down', 'Without it the drivers get no routes in the morning.'],
  ['system-overview', 'breaks-if-down', 'If it is not running, the orders pile up in the queue.'],
  // environments
  ['system-overview', 'environments', 'Prod plus a demo setup for the sales team.'],
  // technologies
  ['system-overview', 'technologies', 'The database is a managed MariaDB and the queue is NATS.'],
  // architecture: when last updated, who verified it
  ['architecture-reference', 'last-updated', 'Nobody has touched it since the move to the new cloud account.'],
  ['architecture-reference', 'last-updated', 'It is pretty much current.'],
  ['architecture-reference', 'verified-by', 'Priya from security went over it with me last month.'],
  ['architecture-reference', 'verified-by', 'The architects looked at it and gave it a thumbs up.'],
  ['architecture-reference', 'verified-by', 'Last year the lead architect review and verify it, so it is quite correct.'],
  // tribal knowledge in one sentence
  ['plain-english-notes', 'tribal-knowledge', 'Good to know, the nightly job uses the old timezone for some reason.'],
  ['plain-english-notes', 'tribal-knowledge', 'Keep in mind that the test data gets wiped every Sunday.'],
  ['plain-english-notes', 'tribal-knowledge', 'Heads up, the staging certificate is self signed.'],
  // day one
  ['day-1-checklist', 'access', 'Get yourself invited to the vendor portal.'],
  ['day-1-checklist', 'safe-actions', 'For the first days just watch and shadow me on the releases.'],
  ['day-1-checklist', 'safe-actions', 'Get familiar with the runbook and the alerts.'],
  ['day-1-checklist', 'safe-actions', 'Have a look at the dashboards and play with the test tenant as much as you like.'],
  ['day-1-checklist', 'avoid-actions', "What I'd not do in your first week is press the republish button."],
  ['day-1-checklist', 'avoid-actions', 'The billing tables are off limits for now.'],
  ['day-1-checklist', 'avoid-actions', 'Hands off the production queues in your first week.'],
  ['day-1-checklist', 'avoid-actions', 'Only after you have shadowed one release do you run it yourself.'],
  // deployment and rollback
  ['deployment-rollback', 'deploy-steps', 'Everything goes through Spinnaker with one chart per region.'],
  ['deployment-rollback', 'deploy-steps', 'We bump the image version in the values file.'],
  ['deployment-rollback', 'trigger', 'Staging gets deployed continuously, production on a git tag.'],
  ['deployment-rollback', 'deploy-steps', 'You change the config, merge it, and the pipeline applies it to dev.'],
  ['deployment-rollback', 'deploy-window', 'We only apply on Tuesday to Thursday mornings.'],
  ['deployment-rollback', 'deploy-window', 'Releases go out on Wednesdays after the stand-up.'],
  ['deployment-rollback', 'deploy-window', 'We ship during office hours only, never late in the day.'],
  ['deployment-rollback', 'pre-checks', 'Before that, every release must soak for a day on the test rig with no errors.'],
  ['deployment-rollback', 'pre-checks', 'CI runs the linter and a security scan on every pull request.'],
  ['deployment-rollback', 'pre-checks', 'The tests have to be green and someone reviews the plan.'],
  ['deployment-rollback', 'pre-checks', 'Make sure the migration ran on staging first.'],
  ['deployment-rollback', 'pre-checks', 'Before the sync, look at the plan for anything that gets destroyed.'],
  ['deployment-rollback', 'pre-checks', 'The pipeline runs the unit tests before anything goes to production.'],
  ['deployment-rollback', 'post-validation', 'After the apply you run the connectivity check and look at the dashboards.'],
  ['deployment-rollback', 'post-validation', 'Then keep an eye on the error rate for half an hour.'],
  ['deployment-rollback', 'post-validation', 'Check that the new pods are healthy and serving traffic.'],
  ['deployment-rollback', 'post-validation', 'We watch the latency dashboards during the canary.'],
  ['deployment-rollback', 'post-validation', 'After a production release you watch the orders panel for twenty minutes.'],
  ['deployment-rollback', 'deploy-steps', 'You test the flow on your laptop, export it, import it on the prod box and hit deploy.'],
  ['deployment-rollback', 'rollback-trigger', 'If the block rate jumps after a release you roll back.'],
  ['deployment-rollback', 'rollback-trigger', 'If something looks wrong you revert the pull request.'],
  ['deployment-rollback', 'rollback-trigger', 'We revert the moment the checkout alerts fire.'],
  ['deployment-rollback', 'rollback-trigger', 'If the queue time stays above ten minutes, the release is rolled back.'],
  ['deployment-rollback', 'rollback-approver', 'The on-call engineer can decide that alone.'],
  ['deployment-rollback', 'rollback-approver', 'Whoever is on call can make that call without asking anybody.'],
  ['deployment-rollback', 'rollback-approver', 'Anyone on the team can roll back, you do not need to ask.'],
  ['deployment-rollback', 'rollback-approver', 'You can roll back, you do not have to ask anybody.'],
  ['deployment-rollback', 'rollback-time', 'A rollback is instant, it just flips the traffic.'],
  // failures
  ['common-failures', 'symptom', 'You notice it because the invoices stop updating.'],
  ['common-failures', 'symptom', 'The status page goes red and the emails do not go out.'],
  ['common-failures', 'cause', "It's almost always the certificate, it expires on a Sunday and nobody notices."],
  ['common-failures', 'cause', "That's usually the printer's driver losing its settings after an update."],
  ['common-failures', 'cause', 'The culprit is the nightly backup locking the table.'],
  ['common-failures', 'cause', 'What happens is the disk runs out of space.'],
  ['common-failures', 'fix', 'You bounce the consumer pods and it sorts itself out.'],
  ['common-failures', 'fix', 'Requeue the dead letters and it recovers.'],
  ['common-failures', 'fix', 'Just give it more memory.'],
  ['common-failures', 'symptom', 'The export file goes missing after a restart.'],
  // bad windows
  ['bad-windows', 'avoid-period', 'Stay clear of the month end close.'],
  ['bad-windows', 'avoid-period', 'Keep changes out of the Black Friday week.'],
  ['bad-windows', 'avoid-period', 'please no releases between the fifteenth and the twentieth, that is payday'],
  ['bad-windows', 'avoid-period', 'Do not deploy from the 28th to the 2nd.'],
  // danger zones
  ['danger-zones', 'do-not-touch', 'Leave the shared VPN config alone.'],
  ['danger-zones', 'do-not-touch', 'Never rename the partition keys.'],
  ['danger-zones', 'do-not-touch', 'The scariest table is the tariff table, it feeds every bill.'],
  ['danger-zones', 'why', 'The next apply can drop the routes for a whole region.'],
  ['danger-zones', 'why', 'There is no undo, the old rows are gone.'],
  ['danger-zones', 'why', 'Terraform does not see it, so the state drifts.'],
  ['danger-zones', 'approver', 'Every threshold change needs the head of risk.'],
  ['danger-zones', 'approver', 'Only the database lead may change that.'],
  ['danger-zones', 'approver', 'Check with Anna first, she has the final say.'],
  ['danger-zones', 'approver', 'That change needs a second pair of eyes from security.'],
  ['danger-zones', 'approver', 'Any of those needs the finance director to say yes first.'],
  ['danger-zones', 'approver', 'Only the records manager can sign it off.'],
  // ownership and escalation
  ['ownership-escalation', 'owning-team', 'The payments platform team looks after it.'],
  ['ownership-escalation', 'owning-team', 'It sits with the data engineering group.'],
  ['ownership-escalation', 'owning-team', 'It is maintained by the core services team.'],
  ['ownership-escalation', 'owning-team', 'Owner team is the billing squad, four people.'],
  ['ownership-escalation', 'escalation-path', "If it's properly broken you post in the alerts channel and ring Dana's mobile."],
  ['ownership-escalation', 'contact', 'Maria is your first stop for anything about the tax rules.'],
  ['ownership-escalation', 'owning-team', "It's us, Retail Integrations, three of us and a contractor."],
  ['ownership-escalation', 'contact', 'Just drop a message to the integrations folks.'],
  ['ownership-escalation', 'escalation-path', 'At night it pages whoever has the duty phone.'],
  ['ownership-escalation', 'escalation-path', 'Out of hours you call the incident manager.'],
  // first 30 days
  ['first-30-days', 'weekly-plan', 'In the first sprint you pair with me on the tickets.'],
  ['first-30-days', 'weekly-plan', 'After two weeks you take the releases yourself.'],
  // open responsibilities
  ['open-responsibilities', 'tasks', 'The cleanup script is parked since summer.'],
  ['open-responsibilities', 'tasks', 'The schema change has an open pull request that needs review.'],
  ['open-responsibilities', 'acceptance-rule', 'If someone asks you to take over one of these tasks and you do not want it, just say no.'],
  ['open-responsibilities', 'acceptance-rule', 'You can take it or leave it with me.'],
  ['open-responsibilities', 'acceptance-rule', 'It is your call which of them you keep.'],
  ['open-responsibilities', 'acceptance-rule', 'Anything you do not want you can hand back to me.'],
  // completion check
  // sign-off
  ['sign-off', 'outgoing-owner', 'I hand it over to Sam as of today.'],
  ['sign-off', 'incoming-owner', 'From Monday it is all yours, Sam.'],
  ['sign-off', 'incoming-owner', 'Yes, I accept the handover.'],
  ['sign-off', 'incoming-owner', "I'm Karim, handing it over to Lena from the first of May."],
  ['sign-off', 'incoming-owner', 'Put it down as Fiona handing over and Thabo taking it on.'],
  ['sign-off', 'date', 'Sam takes over on the fourteenth.'],
  ['sign-off', 'date', 'Effective tomorrow.'],

  // Everyday, run-on and non-native wordings (raw speech runs sentences together)
  ['system-overview', 'system-name', 'okay let me think so the parcel feed is basically the link between the depots and the shop'],
  ['system-overview', 'system-name', 'right after the intro the shipment tracking service collects every scan from the depots'],
  ['system-overview', 'purpose', 'right after the intro the shipment tracking service collects every scan from the depots'],
  ['system-overview', 'system-name', 'it is a nightly python batch that runs in the data centre'],
  ['system-overview', 'purpose', 'It is the portal where suppliers upload their price lists.'],
  ['system-overview', 'purpose', 'Basically we turn scanned delivery notes into stock movements.'],
  ['system-overview', 'purpose', 'We forward every claim to the insurer overnight.'],
  ['system-overview', 'users', "So it's mostly dispatchers planning the next shift, and a few auditors."],
  ['system-overview', 'critical-when', 'Friday nights, when the payroll goes out, that is when it really matters.'],
  ['system-overview', 'business-impact', 'In money terms it is lost delivery fees and a lot of refunds.'],
  ['system-overview', 'business-impact', 'We pay late fees to the carriers whenever it is slow.'],
  ['architecture-reference', 'architecture-link', 'The diagram is at go slash billing architecture on the wiki.'],
  ['day-1-checklist', 'avoid-actions', 'What I would not do yet is run the payout job on prod.'],
  ['day-1-checklist', 'avoid-actions', 'Do the imports with me until you have watched a full run.'],
  ['deployment-rollback', 'trigger', 'Dev you can deploy any time yourself, production needs an approved change request.'],
  ['deployment-rollback', 'pre-checks', 'Before you promote to production, compare the row counts with yesterday.'],
  ['deployment-rollback', 'pre-checks', 'before that you check the config diff with the second engineer'],
  ['deployment-rollback', 'post-validation', 'Then place a test order and check it shows up in the warehouse screen.'],
  ['deployment-rollback', 'post-validation', 'Watch the consumer lag for half an hour.'],
  ['deployment-rollback', 'rollback-trigger', 'If the orders do not come through within ten minutes, we roll back.'],
  ['deployment-rollback', 'rollback-action', 'You flip the feature flag back and that is it.'],
  ['deployment-rollback', 'rollback-action', 'You repoint the alias, that is the rollback.'],
  ['deployment-rollback', 'rollback-approver', "You do not need anyone's okay to roll back."],
  ['deployment-rollback', 'rollback-time', "Rolling back means restoring last night's snapshot, about forty minutes."],
  ['common-failures', 'symptom', 'The dashboard shows zero bookings for the whole region.'],
  ['common-failures', 'symptom', 'What you saw was the trucks frozen at the gate.'],
  ['common-failures', 'symptom', 'The export not finish before six.'],
  ['common-failures', 'cause', 'This happen when the supplier change their file format.'],
  ['deployment-rollback', 'rollback-approver', 'The duty manager has to agree to the rollback, because the tills go offline for a minute.'],
  ['deployment-rollback', 'pre-checks', 'before prod you check in staging that an order goes all the way through'],
  ['deployment-rollback', 'deploy-window', 'we do it on thursdays after the lunch peak'],
  ['ownership-escalation', 'contact', 'If it is the payment side you ring Tomasz, he knows that code best.'],
  ['deployment-rollback', 'pre-checks', 'The pipeline runs the contract tests and a dry run, and if that is green it goes to staging by itself.'],
  // a statement that only asks to be confirmed is still a statement
  ['architecture-reference', 'verified-by', 'And Dilani checked it from the finance side, right Dilani?'],
  ['common-failures', 'cause', 'The import times out whenever two banks send their files at once.'],
  ['common-failures', 'cause', 'Each gateway has a licence key and once it expires the gateway rejects every call.'],
  ['common-failures', 'cause', 'The usual one is the partner renaming a column without warning, so you will see empty rows in the report.'],
  ['danger-zones', 'approver', 'Nobody edits the fee schedule without the CFO signing off.'],
  ['danger-zones', 'approver', 'Every change there has to be signed off by Marta.'],
  ['danger-zones', 'why', 'Every edit there changes invoices for real customers.'],
  ['danger-zones', 'why', 'The regulator checks those numbers every quarter.'],
  ['ownership-escalation', 'owning-team', 'The data platform group, that is us.'],
  ['ownership-escalation', 'owning-team', 'and that was the freeze who owns it officially the billing team in finance'],
  ['ownership-escalation', 'contact', 'Anything else, raise it with the service desk.'],
  ['open-responsibilities', 'tasks', 'The new carrier integration is in test, production not yet.'],
  ['open-responsibilities', 'tasks', 'The archive cleanup, we started it but then priorities changed.'],
  ['open-responsibilities', 'acceptance-rule', 'Whatever on that list you do not want, just say so.'],
  ['open-responsibilities', 'acceptance-rule', 'Anything without an owner by Friday stays with me.'],
  // a name given as what the thing is called, or as what is being handed over
  ['system-overview', 'system-name', 'so this tool is called Ferryman, most people just say FM'],
  ['system-overview', 'system-name', 'The name of the service is Tollgate, the repo calls it toll-api.'],
  ['system-overview', 'system-name', 'What we are handing over today is the Dockside scheduler.'],
  ['system-overview', 'purpose', 'the job of this service is matching every parcel scan to a route'],
  ['system-overview', 'users', 'The folks using it are mostly the night shift planners.'],
  ['system-overview', 'users', 'finance and the audit team consume it through the export API'],
  ['system-overview', 'critical-when', 'Payday is when it really cannot go down.'],
  ['system-overview', 'worst-case', 'The most bad scenario is that refunds go to the wrong cards.'],
  ['system-overview', 'breaks-if-down', 'Once it is down, the warehouse labels stop printing within minutes.'],
  ['architecture-reference', 'last-updated', 'The last update was maybe two years back, before the move to Azure.'],
  ['architecture-reference', 'verified-by', 'The review was done by Ola and the platform architect.'],
  ['plain-english-notes', 'tribal-knowledge', 'A little secret: the nightly job skips Sundays, nobody ever wrote that down.'],
  ['day-1-checklist', 'safe-actions', 'What you can safely do is browse the dashboards and tail the logs.'],
  ['day-1-checklist', 'avoid-actions', 'No config changes on the payment cluster until you have seen a release with me.'],
  ['deployment-rollback', 'rollback-trigger', 'When the canary error rate goes up we roll back straight away.'],
  ['bad-windows', 'avoid-period', 'Nothing gets changed between 10 pm and 3 am, that is when the settlement runs.'],
  ['danger-zones', 'why', 'The reason is the ledger table has no backups of its own.'],
  ['open-responsibilities', 'tasks', 'Open items: the Kafka upgrade is half done and the cost dashboard is not started.'],
  ['system-overview', 'system-name', "So this is Lighthouse, that's the name of the whole alerting setup."],
  ['system-overview', 'purpose', 'It is doing the fare calculation, every tap it is adding the trip to the card.'],
  ['system-overview', 'users', 'It is used mainly by the call centre agents.'],
  ['system-overview', 'business-impact', 'The impact on the business is mostly fines from the regulator.'],
  ['deployment-rollback', 'rollback-approver', 'For a rollback in prod you need the go ahead from Sunita.'],
  ['deployment-rollback', 'rollback-time', 'From the call to the previous version taking traffic again, maybe fifteen minutes.'],
  ['deployment-rollback', 'deploy-window', 'You can release any working day before 3 pm.'],
  ['common-failures', 'fix', 'What you do is rerun the export script for that day.'],
  ['first-30-days', 'weekly-plan', 'Weeks one and two you shadow me, weeks three and four you run the releases.'],
  ['sign-off', 'outgoing-owner', 'Outgoing is me, Priya Nair, I move to the data team next month.'],
  ['sign-off', 'date', 'We sign off today, 2026-03-02.'],
  // the business side in other words
  ['system-overview', 'business-impact', "Business-wise it's the whole bar take, which is most of the festival's margin."],
  ['system-overview', 'business-impact', 'From the business side, if Tubeline is down reception cannot accession anything.'],
  ['system-overview', 'business-impact', 'A short delivery to a café at seven is a customer who rings me, and then rings another bakery.'],
  ['system-overview', 'business-impact', "That's roughly sixty percent of everything we bake."],
  // whom to go to, said of a person
  ['ownership-escalation', 'contact', "Marek's the team lead, so he's who you'd go to."],
  // the incoming owner said as the outgoing one is
  ['sign-off', 'incoming-owner', 'so outgoing is me dimitri and incoming is you hannah'],
  // the first days' safe things, and trying it out in staging
  ['day-1-checklist', 'safe-actions', 'First few days, just live on the Cloud Monitoring dashboard and run your queries on the read replica.'],
  ['day-1-checklist', 'safe-actions', 'You could try a booking end to end in staging.'],
  // raw speech runs the names into putting the date off, with no comma
  ['sign-off', 'outgoing-owner', 'so outgoing is me dimitri and incoming is you hannah we can put the date in when marta has looked at it'],
  // checks said as what you do before ("Before, you check that ...")
  ['deployment-rollback', 'pre-checks', 'Before, you check that the smoke test in staging is green.'],
  // a topic's questions going to a person
  ['ownership-escalation', 'contact', 'Anything about partners, like a partner missing their SLA or wanting a new product, goes to Marta.'],
  // who signs with whom
  ['sign-off', 'incoming-owner', 'helen signs it off with me gareth and you nadia'],
  // round 4's fresh calls
  ['system-overview', 'business-impact', 'If it is down the advisers cannot quote, and those leads usually go to a competitor within the week.'],
  ['danger-zones', 'why', "They're versioned and every signed quote points at a version, so an edit changes the price on quotes people have already signed."],
  ['danger-zones', 'why', 'Someone once changed the instance class there and it recreated the database.'],
  ['danger-zones', 'why', 'one wrong row and a whole aisle lights the wrong modules and people pick wrong items for a full wave'],
  ['deployment-rollback', 'rollback-action', 'If the error rate goes over two percent, you roll back, which is just syncing the previous revision in Argo CD.'],
  ['deployment-rollback', 'rollback-time', "The on-call engineer can decide that on their own, and it's back in about ten minutes."],
  ['day-1-checklist', 'safe-actions', 'Make a test quote in staging with the dummy address in Leeds and watch the queue while it runs.'],
  ['sign-off', 'incoming-owner', "For the sign-off it'll be me and you, Ros Hart and Callum Reid, I just don't know the date yet."],
  // the system named and defined in passing, by what it is for, or by what it does
  ['system-overview', 'system-name', "So the thing you're inheriting is Doorstep, which is the delivery slot booking service."],
  ['system-overview', 'system-name', "so this is the handover for Waypoint, that's our telematics ingestion service"],
  ['system-overview', 'system-name', 'lintas is the trip pricing and account billing for the whole expressway'],
  ['system-overview', 'purpose', 'lintas is the trip pricing and account billing for the whole expressway'],
  ['system-overview', 'purpose', "Railtrace tracks where every freight wagon is and schedules its maintenance before it's due."],
  ['system-overview', 'purpose', 'Porterline works out which porter gets it and pushes the job to their handheld.'],
  // a department that uses it, the other big user
  ['system-overview', 'users', "Finance uses the matched totals for the month-end close as well, so they're the other big user."],
  // raw speech runs the question into its answer, or cuts the answer after the name; "X is the Y for Z"
  ['system-overview', 'system-name', 'What is sawmill is the central logging pipeline for the whole company so every log line'],
  ['system-overview', 'system-name', 'So first the system of review menuflow is the service'],
  ['system-overview', 'system-name', 'So Chillpoint is, the cold chain monitoring for Marlow Fresh, basically every sensor'],
  // money in other words: for the business, charged by the minute, millions a month, payments late
  ['system-overview', 'business-impact', "For the business, it's money, the publisher pays us by milestone."],
  ['system-overview', 'business-impact', 'The airline gets charged for every minute out there, and passengers miss their connections.'],
  ['system-overview', 'business-impact', 'that one is a few million ringgit a month so finance will shout first'],
  ['system-overview', 'business-impact', 'If we miss the milestone build, the payment is late.'],
  // users said as the subject, or as what they do in it
  ['system-overview', 'users', "The users, it's everybody really, the hundred and eighty developers who wait for their CI check."],
  ['system-overview', 'users', 'Store managers build the weekly rota in the web app, and staff clock in on a tablet.'],
  // a month as the whole answer to when not to change anything
  ['bad-windows', 'avoid-period', "March, full stop, from the first of March to about the middle of April, I'm begging you."],
  // raw "outgoing NAME incoming NAME"; "I hand over Marquee to Hannah"
  ['sign-off', 'outgoing-owner', 'outgoing darren ong incoming farah hakim'],
  ['sign-off', 'incoming-owner', 'outgoing darren ong incoming farah hakim'],
  ['sign-off', 'incoming-owner', 'Yes, so for the record, I, Itai Shapira, hand over Marquee to Hannah Okafor.'],
  // a person to go to, named in the path up
  ['ownership-escalation', 'contact', 'If it is a problem with the rates, not technical, you escalate to Sofia in trade compliance.'],
  ['ownership-escalation', 'contact', "It's the Claims Platform team, he's the engineering manager, so Dev is your first person for anything."],
  ['ownership-escalation', 'contact', "If you're stuck you go to the incidents channel first, and then Dev Sharma, he's our engineering manager."],
  ['ownership-escalation', 'contact', 'The team is Ads Delivery, and the manager is Michal Avraham.'],
  // danger items counted out, approvers who have to say yes, what goes wrong said as its result
  ['danger-zones', 'do-not-touch', 'Number one is the QR signing key in Secret Manager.'],
  ['danger-zones', 'do-not-touch', 'The ward mapping table in Azure SQL is the big one'],
  ['danger-zones', 'approver', 'Nobody runs it without ngozi the head of trust and safety saying'],
  ['danger-zones', 'approver', 'Anything on either of those goes past morag and fiona who both have to say yes'],
  ['danger-zones', 'why', 'It builds the Bacs file, and running it twice is exactly how you get the double collection.'],
  ['danger-zones', 'why', "That's special category health data, and one copy in the wrong place is a breach we have to report."],
  ['danger-zones', 'why', "Shift a band by half a Brix and you've moved hundreds of thousands of dollars between growers."],
  // the cause said as what turned out, what somebody changed, or a key that runs out
  ['common-failures', 'cause', 'Turned out the upload goes straight to Cloud Storage on a signed URL, and the signed URLs expired after fifteen minutes.'],
  ['common-failures', 'cause', 'Somebody rotated the webhook signing secret in Stripe but nobody updated it in Secret Manager.'],
  ['common-failures', 'cause', 'The DVLA API key runs out every twelve months, and when it does the job just fails quietly.'],
  // the fee it earns, the regulator
  ['system-overview', 'business-impact', 'It matters a lot more than it looks, because the agency only earns the placement fee if the candidate gets through first.'],
  ['system-overview', 'business-impact', 'We report unreconciled funds to the regulator every month, so the numbers have to be right.'],
  ['system-overview', 'business-impact', 'We do about fourteen hundred parcels a month.'],
  ['system-overview', 'business-impact', 'the broker portal binds around four hundred policies a day so the business feels it in like one hour'],
  ['system-overview', 'system-name', 'So basically what you are taking over is HR Saathi, that is our ServiceNow HR Service Delivery instance.'],
  ['system-overview', 'users', 'Employees come on the Employee Center portal and raise a case for payroll queries.'],
  ['system-overview', 'purpose', "It's Compteur, that's our name for the Snowflake cost and access governance."],
  ['ownership-escalation', 'escalation-path', 'If it is a P1, like the portal down, you call Ramesh directly.'],
  ['sign-off', 'outgoing-owner', "For the sign-off, it's me, Mathieu Gagnon, who gives it, and you, Kirsty Walsh, who takes it."],
  ['sign-off', 'incoming-owner', "For the sign-off, it's me, Mathieu Gagnon, who gives it, and you, Kirsty Walsh, who takes it."],
  ['sign-off', 'incoming-owner', 'Right, for sign-off, Priya and Marcus, you both sign the page and I will approve it.'],
  ['sign-off', 'outgoing-owner', "It's me and you, Tomasz to Aoife."],
  ['system-overview', 'breaks-if-down', "If the delay notices don't arrive, the people wait in the airport for hours."],
  ['system-overview', 'system-name', 'We are talking about the Salesforce Marketing Cloud of Cefiro, the business unit for passengers.'],
  ['day-1-checklist', 'safe-actions', 'Start with the runbook and the dashboards.'],
];

const NOT_SAID: Case[] = [
  // nobody above the speaker is no path up
  ['ownership-escalation', 'escalation-path', 'There is nobody above me, it is just me.'],
  // what the newcomer need not have is nothing to avoid
  ['day-1-checklist', 'avoid-actions', "Come and get a badge from me, you don't need an airside pass, but you need to get into the ops room."],
  // the outgoing owner held it so far
  ['danger-zones', 'approver', 'na ja until now it was just me'],
  // raw questions: who approves, or whether some can be refused
  ['danger-zones', 'approver', 'and for these who approves if i must change something'],
  ['open-responsibilities', 'acceptance-rule', 'okay and do i take all of these automatically or can i say no to some'],
  // the role held once, nobody holds it now
  ['danger-zones', 'approver', "It was the clinical lead, but we don't have one since the summer, so I don't know, really, maybe Morag knows."],
  // a raw question run on after its lead-in, asking when it matters
  ['system-overview', 'critical-when', 'anything right so when does it really matter like when would i get the call'],
  // a plan promised, its sending put off to next week
  ['first-30-days', 'weekly-plan', "Yes, I'll write something with Alan for Kojo's first month and send it next week."],
  // the approver the role always had, who has left
  ['danger-zones', 'approver', 'And who signs off on those the open all was always marek and he left in the summer'],
  // a raw question for what not to touch
  ['danger-zones', 'do-not-touch', 'ok anything i should absolutely not touch'],
  // small talk that happens "without me" is no criterion
  ['completion-check', 'criteria', 'These people will finish the jollof without me.'],
  // what happens to someone ("he never gets any job") is no action to avoid
  ['day-1-checklist', 'avoid-actions', 'Tony in the control room keeps it now, and if a technician is missing from it, he never gets any job.'],
  // the date put on the form "then", later
  ['sign-off', 'date', "Gillian will countersign the handover form once Tom's done his first deploy, and we'll put the date on it then."],
  // a raw question run on after "and" asks for the contact, it names none
  ['ownership-escalation', 'contact', 'in teams and who do i call when it is really bad'],
  // agreeing when to meet next is no bad window; a raw question run into "good question" states nothing
  ['bad-windows', 'avoid-period', 'Thursday works, same time.'],
  ['ownership-escalation', 'escalation-path', 'is there an on call for this that is a good question after i move'],
  // raw speech asking in statement order; an approval that used to go to someone who has retired
  ['day-1-checklist', 'avoid-actions', 'no and what i should not do yet'],
  ['danger-zones', 'approver', 'who approves thats the question isnt it it used to go past doctor rhian but she retired at christmas'],
  // a goodbye is no safe first action; a long story is no environment; a blank date no date
  ['day-1-checklist', 'safe-actions', 'Aye, nae bother, safe travels.'],
  ['system-overview', 'environments', 'the environments is a long story i explain you properly next week'],
  ['sign-off', 'date', "Leave the date blank for now, Fiona wants her name on it as well and she's off till Thursday."],
  ['sign-off', 'date', "The date we'll put once she has read the notes, maybe next week, I'm here till the twenty-eighth."],
  // that some exist, with the list promised, names none of them
  ['open-responsibilities', 'tasks', "And the open stuff, there's a couple of Jira tickets in flight, I'll email you the list."],
  // put off, never agreed, or handed to someone else to answer
  ['sign-off', 'date', "Not yet, let's pick one on Monday once the manager is back."],
  ['sign-off', 'date', "We never agreed that, let's raise it with Joanne next week."],
  ['first-30-days', 'weekly-plan', "For the first month, I'd say we sit together with Tomas next week."],
  ['open-responsibilities', 'acceptance-rule', "Probably yes, but we haven't talked about what you can refuse."],
  ['open-responsibilities', 'acceptance-rule', 'can i say no to some of them that is a question for dimitri'],
  // a listener's reaction, and agreeing when to meet
  ['plain-english-notes', 'tribal-knowledge', "Oh wow, that's a nasty one, good to know."],
  ['bad-windows', 'avoid-period', 'Monday morning, Monday at ten suits me.'],
  // how busy a period is, with nothing kept out of it, is when it is critical
  ['bad-windows', 'avoid-period', 'And of course December, in the last week before Christmas we ship twice the normal volume.'],
  // new work mentioned, nobody saying where it goes
  ['open-responsibilities', 'acceptance-rule', 'There is always something new on the board, it never stops.'],
  ['open-responsibilities', 'acceptance-rule', 'Anything else on the list is just housekeeping, nothing urgent.'],
  // a trigger's deadline is no time for the rollback itself
  ['deployment-rollback', 'rollback-time', "If the board is not updating, or the test patient hasn't shown up within five minutes, you roll back, no messing."],
  // the acceptance environment is a stage before production, no rule for taking tasks
  ['open-responsibilities', 'acceptance-rule', "The upgrade of the Mosquitto broker to version two, that's done on acceptance, not in production yet."],
  ['open-responsibilities', 'acceptance-rule', 'It went to acceptance yesterday, and the acceptance environment is green.'],
  ['system-overview', 'purpose', "It's how we do it."],
  ['system-overview', 'business-impact', 'I read about it in the docs last week.'],
  ['ownership-escalation', 'contact', 'That is your boss.'],
  // who signs off, guessed and doubted, or left to be found out, names nobody
  ['danger-zones', 'approver', "Who signs off on changes to it, I'm not totally sure, probably Ruth in compliance, or her boss, ask around."],
  ['danger-zones', 'approver', "Good question, I've always just said no, we can figure out who signs off on that Monday."],
  ['ownership-escalation', 'owning-team', 'We are engineering a fix for it.'],
  ['ownership-escalation', 'owning-team', "We're in the middle of a migration."],
  ['common-failures', 'cause', 'We were stuck on the second floor for an hour.'],
  ['deployment-rollback', 'deploy-window', 'Prod is down on Mondays sometimes.'],
  // raw speech asking, its lead-in an "if": no rule is stated by the question
  ['open-responsibilities', 'acceptance-rule', 'if the schools ask me for new stuff can i say no'],
  // trying something in staging is safe, unless you are told not to
  ['day-1-checklist', 'safe-actions', "Don't try a deploy in staging on your own yet."],
  ['sign-off', 'outgoing-owner', "I'm sure you're right about the date."],
  ['day-1-checklist', 'access', 'Get the card reader from the office.'],
  // a channel for alerts is the escalation path, not whom to ask
  ['ownership-escalation', 'contact', 'Alerts land in Opsgenie and the Slack channel is payments alerts.'],
  // a date not set yet, or set only later
  ['sign-off', 'date', "Maria signs as outgoing and Tom as incoming, we haven't set a date yet, it depends on the second audit."],
  ['sign-off', 'date', 'The date we fix when Olga is back from leave, so I cannot tell you the date today.'],
  // a feature named after opting out is no rule for taking tasks
  ['open-responsibilities', 'acceptance-rule', 'The cookie opt-out banner is built but it is waiting on legal.'],
  // that there are tricks, none of them told
  ['plain-english-notes', 'tribal-knowledge', "There are lots of little quirks too, nothing is written down, but that's a longer chat."],
  // whom it used to be, a question mark, names to be confirmed
  ['ownership-escalation', 'contact', 'We used to have an account manager at the vendor you could call, I think Bill, but he might have left.'],
  ['ownership-escalation', 'contact', 'So the contacts are still a bit of a question mark.'],
  ['ownership-escalation', 'contact', "Let's confirm the names next week, I'll ping Omar before then."],
  // a vague someone whom the speaker cannot name (the sentence cut before "who that is")
  ['danger-zones', 'approver', 'Its real money someone in risk is meant to approve limit changes but i honestly dont know'],
  ['danger-zones', 'approver', "Someone in finance is supposed to approve it, but I don't know who that is since the reorg."],
  // doubting that anyone checked it
  ['architecture-reference', 'verified-by', "Not really, no, I wrote it and I don't think anyone's properly reviewed it since."],
  ['architecture-reference', 'verified-by', 'But let me not lie to you, nobody has gone through it with me to check it against what is deployed, so take it as a guide.'],
  // asking whether anyone checked it, in raw speech with no question mark
  ['architecture-reference', 'verified-by', 'and since the loki upgrade has anyone else gone over it'],
  // the speaker's own "never", or a bare "not yet" in reply, is nothing to avoid
  ['day-1-checklist', 'avoid-actions', 'Where are you off to, by the way, I never asked.'],
  ['day-1-checklist', 'avoid-actions', "Not yet, he's still shadowing, so for now it's you and me until I leave on the eighth."],
  ['day-1-checklist', 'avoid-actions', 'No, we never decided this, until now they just called me, so this you have to agree with Marta.'],
  // a holder gone and the one now not known
  ['danger-zones', 'approver', "Before, Marco approved every change in the override table, but he left in September and I don't know who approves now."],
  // a thing, or an environment, that accepts
  ['open-responsibilities', 'acceptance-rule', 'Builder works but the press does not accept the finishing bits yet'],
  ['open-responsibilities', 'acceptance-rule', 'The new stands at pier C are configured in acceptance, but they wait for the safety sign-off.'],
  // raw speech putting the plan off "properly" to next week
  ['first-30-days', 'weekly-plan', 'yes lets do that properly next week i will put something in the calendar'],
  // what it costs to run is no impact
  ['system-overview', 'business-impact', 'The app costs nothing to run, it is on the free tier.'],
  // nobody holds it now
  ['danger-zones', 'approver', "I'll chase it and let you know, but right now there isn't anyone who can approve it."],
  // a stopgap beside putting the rule off
  ['open-responsibilities', 'acceptance-rule', "Let's say yes for now, we'll work out which ones you actually take later."],
  // a calendar of freezes, not shown
  ['bad-windows', 'avoid-period', "There is a freeze calendar, but I'd rather show it to you than recite it."],
  // the topic named, then not being sure of it
  ['ownership-escalation', 'escalation-path', 'escalation path i am not sure because the matrix is getting changed'],
  ['ownership-escalation', 'escalation-path', "I'm not sure about the escalation path."],
  // a tool or a pronoun defined by what people do with it names no system
  ['system-overview', 'system-name', 'Terraform is how we build the clusters.'],
  ['system-overview', 'system-name', 'Datadog is what we look at first.'],
  ['system-overview', 'system-name', 'That is what happens when the cache is cold.'],
  ['system-overview', 'system-name', 'It is what it is.'],
  ['system-overview', 'critical-when', 'The new build has to work before we merge.'],
  // putting it off in one's own words: asking someone later, having a look later
  ['day-1-checklist', 'access', 'I need to ask the service desk about the database login.'],
  ['day-1-checklist', 'safe-actions', 'Okay, I will have a look at the repository in the meantime.'],
  ['completion-check', 'criteria', 'Honestly, nothing to say there, we never made criteria for a finished handover.'],
  ['first-30-days', 'weekly-plan', 'We never wrote a plan for the first weeks, to be honest.'],
  ['open-responsibilities', 'acceptance-rule', 'If anyone from finance asks you to edit the export by hand, say no and send them to me.'],
  ['system-overview', 'purpose', 'That is where it happens, every single time.'],
  // "what stays with me" opening a sentence asks, or is the tail of one cut off ("we haven't agreed how we decide what you take | and what stays with me")
  ['open-responsibilities', 'acceptance-rule', 'and what stays with me'],
  // promises and pointers give nothing, whatever the wording around them
  ['architecture-reference', 'verified-by', 'I will go over it with Priya next week.'],
  ['architecture-reference', 'verified-by', 'Nobody has looked at it in years.'],
  ['architecture-reference', 'last-updated', 'The diagrams are documented somewhere in the wiki.'],
  ['danger-zones', 'approver', 'The approvals are documented.'],
  ['ownership-escalation', 'contact', 'I will send you the contacts later.'],
  ['sign-off', 'date', 'We still need to pick a date.'],
  ['sign-off', 'date', 'Let us sign it off next time.'],
  ['sign-off', 'date', 'We agreed on the first draft of the checklist.'],
  ['sign-off', 'date', 'Starting the second half, I will do the intro.'],
  // the question is not its answer
  ['deployment-rollback', 'rollback-approver', 'Who can decide a rollback alone?'],
  ['danger-zones', 'approver', 'Who needs to sign that off?'],
  // a neighbouring field's sentence
  ['system-overview', 'business-impact', 'The service validates every refund request.'],
  ['system-overview', 'system-name', 'The worst case is all the payments going out twice.'],
  ['system-overview', 'environments', 'We run the tests in the pipeline.'],
  ['system-overview', 'critical-when', 'The pods have to be restarted sometimes.'],
  ['system-overview', 'technologies', 'The database is slow on Mondays.'],
  ['deployment-rollback', 'deploy-window', 'The pipeline runs on every merge.'],
  ['deployment-rollback', 'deploy-window', 'We deploy by merging to main.'],
  ['deployment-rollback', 'rollback-trigger', 'If you need to roll back, you redeploy the old tag.'],
  ['deployment-rollback', 'rollback-approver', 'Staging needs no approval at all.'],
  ['deployment-rollback', 'pre-checks', 'After the deploy, check the dashboards.'],
  ['deployment-rollback', 'rollback-approver', 'Rolling back takes ten minutes.'],
  ['deployment-rollback', 'rollback-approver', 'The release manager can decide when to deploy.'],
  ['deployment-rollback', 'rollback-trigger', 'If it is a hotfix, we still roll back the old way.'],
  ['deployment-rollback', 'post-validation', 'Before you deploy, check the migration.'],
  ['deployment-rollback', 'post-validation', 'Before deploying, check that no backfill is running.'],
  ['deployment-rollback', 'post-validation', 'Before the release, look at the error rate dashboards.'],
  ['common-failures', 'fix', 'The cause is usually a slow database node after a failover.'],
  ['common-failures', 'fix', 'It happens when a reindex runs at the same time.'],
  ['common-failures', 'fix', 'The pods never recover from that.'],
  ['common-failures', 'symptom', 'The likely cause is missing secrets in the vault.'],
  ['danger-zones', 'approver', 'The deploy needs a restart afterwards.'],
  ['danger-zones', 'approver', 'The lead time for a change is two days.'],
  ['danger-zones', 'do-not-touch', 'Do not worry about the red alerts on staging.'],
  ['ownership-escalation', 'owning-team', 'It is managed by Terraform.'],
  ['ownership-escalation', 'escalation-path', 'No, there is no on-call, nobody pages anybody.'],
  ['open-responsibilities', 'acceptance-rule', 'I will keep it until the end of the month and then it is yours.'],
  ['first-30-days', 'weekly-plan', 'I will send you the plan in two weeks.'],
  ['day-1-checklist', 'safe-actions', 'On day one you cannot deploy anything.'],
  ['bad-windows', 'avoid-period', 'On Fridays we usually release twice.'],
  ['sign-off', 'outgoing-owner', 'Agreed, signed off.'],

  // near misses of the everyday wordings above
  ['system-overview', 'system-name', 'so the worst part is basically the waiting'],
  ['system-overview', 'system-name', 'so in the end the main service handles everything'],
  ['system-overview', 'system-name', 'It is a long story, the old service was worse.'],
  ['system-overview', 'purpose', 'That is the office where the team sits.'],
  ['system-overview', 'purpose', 'We turned the old server off in the spring.'],
  ['system-overview', 'purpose', 'They send us a file every night.'],
  ['system-overview', 'users', 'It is the support engineers team that built it.'],
  ['system-overview', 'critical-when', 'It does not matter when you deploy it.'],
  ['system-overview', 'business-impact', 'The fees table is in the database.'],
  ['architecture-reference', 'architecture-link', 'Tomorrow is the go/no-go meeting for the diagram.'],
  ['architecture-reference', 'architecture-link', 'I will go through it with you later.'],
  ['day-1-checklist', 'avoid-actions', 'I would not worry about the reports yet.'],
  ['deployment-rollback', 'trigger', 'You can deploy any time, there is no freeze.'],
  ['deployment-rollback', 'pre-checks', 'Before that we used Jenkins for everything.'],
  ['deployment-rollback', 'post-validation', 'Before the release, send a test message to the sandbox.'],
  ['deployment-rollback', 'rollback-trigger', 'If you do not know how, we roll back together the first time.'],
  ['deployment-rollback', 'rollback-action', 'We switched to GitLab back in 2019.'],
  ['deployment-rollback', 'rollback-approver', 'You do not need permission to deploy to staging.'],
  ['deployment-rollback', 'rollback-time', 'Rolling back means restoring the snapshot.'],
  ['common-failures', 'symptom', 'The report shows the totals per region.'],
  ['common-failures', 'cause', 'It happened after lunch, I think.'],
  ['danger-zones', 'approver', 'The quarterly report was signed off last week.'],
  ['danger-zones', 'why', 'Changes to the test data are fine.'],
  ['ownership-escalation', 'owning-team', 'who owns the data is a good question'],
  ['ownership-escalation', 'contact', 'We moved off the old helpdesk tool last year.'],
  ['open-responsibilities', 'tasks', 'Everything is in test first and then goes to prod.'],
  ['open-responsibilities', 'acceptance-rule', 'The laptop stays with me until Friday.'],
  ['open-responsibilities', 'acceptance-rule', 'We sent the report to the finance team last year.'],
  // the speaker's own "I don't" is nothing for you to avoid
  ['day-1-checklist', 'avoid-actions', "I'll send you the dashboard link tonight, remind me if I don't."],
  // read-only as the level of access you need is access, not a first action
  ['day-1-checklist', 'safe-actions', 'You will need read-only access to the billing database and the VPN.'],
  // the question said back, then not knowing
  ['architecture-reference', 'verified-by', 'Who checked it after the redesign, I am honestly not sure.'],
  // a story of a period, not a rule to keep changes out of it
  ['bad-windows', 'avoid-period', 'Monday morning half the new starters could not log into anything.'],
  ['bad-windows', 'avoid-period', 'The weekend after the exams you always get parents saying the grades are wrong.'],
  // a plan put off, and saying there is no such thing
  ['first-30-days', 'weekly-plan', "Let's do that with Dana next week, I haven't written anything down."],
  ['first-30-days', 'weekly-plan', "The rest of it, the month plan and the sign-off, we'll do Thursday."],
  ['danger-zones', 'approver', 'Honestly no formal approver, until now I just do it myself very carefully.'],
  ['ownership-escalation', 'escalation-path', 'We never had a real on-call.'],
  ['system-overview', 'system-name', 'Deployment is a manual pipeline with two steps.'],
  // pointing at a document, or promising to find out, says nothing of the field
  ['deployment-rollback', 'deploy-steps', 'The release steps are all in the playbook.'],
  ['system-overview', 'environments', 'Our environments are described in the readme.'],
  ['ownership-escalation', 'escalation-path', 'The escalation matrix is on the wiki.'],
  ['bad-windows', 'avoid-period', 'The change freeze calendar is kept on SharePoint.'],
  ['ownership-escalation', 'contact', "I'll find out who the contact on their side is."],
  ['completion-check', 'criteria', "Let's decide the completion criteria at the very end."],
  ['deployment-rollback', 'deploy-steps', 'We should still write down the rollback steps properly.'],
  ['open-responsibilities', 'tasks', "There are a couple of things in flight, but I don't have the list ready."],
  ['system-overview', 'technologies', 'The technologies are all in the readme, so you can look there.'],
  ['bad-windows', 'avoid-period', "I don't think we have a freeze period at all."],
  ['day-1-checklist', 'safe-actions', "I don't have a list of safe actions, just ask me first."],
  ['first-30-days', 'weekly-plan', 'We can draw up the thirty day plan together next week.'],
  // someone else who will do it with you later, and a part left blank on purpose
  ['first-30-days', 'weekly-plan', 'Dana wants to go through the first month plan with you herself next week.'],
  ['first-30-days', 'weekly-plan', 'Our manager will do your weekly plan with you on Monday.'],
  ['open-responsibilities', 'acceptance-rule', 'The rule for taking things over, I leave that part blank for now.'],
  // machines doing things, a fine adjective and a busy person are not the overview's fields
  ['system-overview', 'users', 'The workers upload the files to the bucket and the brokers book the offsets.'],
  ['system-overview', 'business-impact', 'It is fine, the nightly run catches up.'],
  ['system-overview', 'critical-when', 'Sorry, busy morning, the kids are off school.'],
  ['open-responsibilities', 'tasks', 'I never merged anything to that repo myself.'],
  ['architecture-reference', 'verified-by', "Then we don't know who reviewed it."],
  ['ownership-escalation', 'contact', 'The team lead is on holiday this week.'],
  ['system-overview', 'business-impact', 'It is fine, we get paid late sometimes by that client.'],
  ['bad-windows', 'avoid-period', 'We deployed in March and it went fine.'],
  ['sign-off', 'date', 'We will put a date on it once you have shadowed one Thursday pay run.'],
  // "it's safe" granting a job is harmless, inside an instruction not to run it
  ['day-1-checklist', 'safe-actions', "Please don't run the replay job until we've done one together, it's safe, but customers get an email."],
  // a day defined, a big customer, the handover for the team
  ['system-overview', 'system-name', 'Monday is the worst day for the stores.'],
  ['system-overview', 'purpose', 'Monday is the worst day for the stores.'],
  ['system-overview', 'users', 'It was a big customer, so we said yes.'],
  ['system-overview', 'system-name', 'This is the handover for the team, not just for me.'],
  ['system-overview', 'system-name', 'We moved the bookings off Cloud SQL last year for a reason.'],
  ['system-overview', 'business-impact', 'It took a few minutes to charge the laptop.'],
  // the worst case named only as a topic to come back to; accepting the handover signs it off
  ['system-overview', 'worst-case', "You said we'd come back to the worst case, earlier."],
  ['open-responsibilities', 'acceptance-rule', "And I'm Priya Raman, and I accept the handover, with the open points we just went through."],
  ['bad-windows', 'avoid-period', 'March was a busy month for us because of the migration.'],
  ['sign-off', 'incoming-owner', 'We hand over the pager to support at six.'],
  // escalating to a tool or to the on-call names nobody to go to
  ['ownership-escalation', 'contact', 'Alerts escalate to the on-call in PagerDuty.'],
  ['ownership-escalation', 'contact', 'The manager is on leave until March.'],
  // a guess the speaker doubts at once names nothing
  ['ownership-escalation', 'owning-team', "Good question, I think it sits with the patient comms team now, since the reorg, but it might have moved to the digital front door team, I'm not a hundred percent sure."],
  ['ownership-escalation', 'escalation-path', 'the escalation is now probably the head of digital but let me check'],
  ['ownership-escalation', 'escalation-path', "Right now PagerDuty still pages me, and after that, to be honest, I don't really know who it goes to."],
  ['common-failures', 'cause', 'It turned into a long evening, honestly.'],
  ['system-overview', 'purpose', "It's basically how we always did it."],
  ['system-overview', 'purpose', 'It is the old one, the new one is coming.'],
  ['system-overview', 'business-impact', 'We deploy it about 3 times a week.'],
  ['system-overview', 'business-impact', 'It has been running for about 4 years a day at a time.'],
  ['ownership-escalation', 'escalation-path', 'so honestly i do not know the escalation path now'],
  ['ownership-escalation', 'escalation-path', 'until now PagerDuty called the primary on-call from our team but from next month on-call is merged with the data platform team'],
  ['ownership-escalation', 'escalation-path', 'and the new rotation is not decided'],
  ['ownership-escalation', 'escalation-path', 'and escalation at night'],
  ['ownership-escalation', 'escalation-path', "Honestly, nobody really, if PagerDuty itself goes down we'd probably find out on Twitter."],
  ['ownership-escalation', 'escalation-path', 'ehh the ledger team have pagerduty but we are not on it we just see the email in the morning'],
  ['ownership-escalation', 'escalation-path', "That's all in flux since the reorg, don't go by the old list in PagerDuty, I'll find out."],
  ['ownership-escalation', 'escalation-path', 'and if it is broken at night who i escalate there was a document about the on-call but i dont remember exactly'],
  ['day-1-checklist', 'safe-actions', "You'll need the AWS SSO role for the prod account, read-only to start with, the GitHub repo and the Sentry project."],
];

describe('a field said in everyday words is stated', () => {
  test.each(SAID)('%s / %s: %s', (section, field, sentence) => {
    expect(stated(section, sentence)).toContain(field);
  });
});

describe('a near miss states nothing of the field', () => {
  test.each(NOT_SAID)('%s / %s: %s', (section, field, sentence) => {
    expect(stated(section, sentence)).not.toContain(field);
  });
});

describe('sections said in other words come out as a reviewer would mark them', () => {
  test('an overview that names the system only inside "what X does is" is covered', () => {
    const verdict = statusOf('system-overview', [
      'So basically what the parcel tracking service does is it takes every scan from the depots and turns it into a status.',
      'The shop and the customer app wait for that status.',
      'The support team looks at it all day.',
      'It is most critical before Christmas.',
      'If it is down customers see old statuses and call support.',
      'The business impact is thousands of support calls an hour.',
      'The worst case is wrong statuses for every parcel.',
      'We have dev, staging and prod.',
      'It is a Kotlin service with a Postgres database.',
    ]);
    expect(verdict).toEqual({ status: 'covered', missing: [] });
  });

  test('"do I need anybody to say yes to a rollback?" answered names the rollback approver', () => {
    const lines = ['If the error rate goes over two percent we roll back to the previous revision.', 'Do I need anybody to say yes to a rollback?'];
    expect(statusOf('deployment-rollback', [...lines, 'No, whoever is on call decides, you just tell the support desk in Slack afterwards.']).missing).not.toContain('Rollback approver');
    expect(statusOf('deployment-rollback', lines).missing).toContain('Rollback approver');
  });

  test('"who approves?" answered with no one and a pointer to someone else names no approver', () => {
    const lines = ['Never change the payout limits in prod yourself.', 'One wrong digit and we pay out thousands twice.', 'Who has to approve a limit change?'];
    expect(statusOf('danger-zones', [...lines, 'Hmm, honestly nobody, it was always me, I think you have to ask Ilse about that.'])).toEqual({ status: 'partial', missing: ['Who must approve'] });
    expect(statusOf('danger-zones', [...lines, 'Nobody, whoever is on call decides.']).status).toBe('covered');
    expect(statusOf('danger-zones', [...lines, 'Nobody really, I changed one once on a Friday night and just hoped, so ask Lena.']).status).toBe('partial');
    expect(statusOf('danger-zones', [...lines, 'Good question, I always did it myself, nobody ever asked me.']).status).toBe('partial');
  });

  test('an approver named and then said to be gone, in the next sentence, approves nothing', () => {
    const lines = ['Never change the payout limits in prod yourself.', 'One wrong digit and we pay out thousands twice.', 'Every limit change needs Oskar, the head of finance.'];
    expect(statusOf('danger-zones', lines).status).toBe('covered');
    expect(statusOf('danger-zones', [...lines, "But he moved to the bank last spring and I really don't know who does it now."])).toEqual({ status: 'partial', missing: ['Who must approve'] });
  });

  test('a danger zone whose approver is a role a change "needs" is covered, and without it partial', () => {
    const lines = ['Never change the payout limits in prod yourself.', 'One wrong digit and we pay out thousands twice.'];
    expect(statusOf('danger-zones', [...lines, 'Every limit change needs the head of finance.']).status).toBe('covered');
    expect(statusOf('danger-zones', lines)).toEqual({ status: 'partial', missing: ['Who must approve'] });
  });

  test('tribal knowledge needs statements of some length, not fragments or promises, to count without a cue', () => {
    expect(statusOf('plain-english-notes', ['If it does not work', 'Before that if not I guess', 'I will try to write some notes on it']).status).toBe('missing');
    expect(
      statusOf('plain-english-notes', [
        'The invoice numbers jump by ten because the old system reserved blocks of them.',
        'The reports on Monday always lag, the warehouse uploads the counts late on Sunday night.',
      ]).status,
    ).toBe('covered');
  });

  test('a question answered in the next sentence states the asked field; a non-answer does not', () => {
    expect(statusOf('system-overview', ['So what is it?', 'Basically the bridge between the shop and the warehouse.']).missing).not.toContain('What it does');
    expect(statusOf('system-overview', ['Who looks at the numbers?', 'Mostly the controllers in finance.']).missing).not.toContain('Who uses it');
    expect(statusOf('system-overview', ['And environments?', 'Just two, a test one and the real one.']).missing).not.toContain('Environments');
    expect(statusOf('system-overview', ['What is it built on?', 'Mostly Go, with a bit of Python for the reports.']).missing).not.toContain('Key technologies');
    expect(statusOf('deployment-rollback', ['How do we deploy it?', 'You open a merge request and Argo syncs it once it is merged.']).missing).not.toContain('Deploy steps');
    expect(statusOf('system-overview', ['And environments?', 'No idea, honestly.']).missing).toContain('Environments');
    expect(statusOf('deployment-rollback', ['How do we deploy it?', 'Not sure, let me check.']).missing).toContain('Deploy steps');
    expect(statusOf('system-overview', ['Who looks at the numbers?']).missing).toContain('Who uses it');
    expect(statusOf('system-overview', ['And environments?', 'I am not sure to be honest.']).missing).toContain('Environments');
    expect(statusOf('deployment-rollback', ['Who approves a rollback?', 'We never had to, it never came up.']).missing).toContain('Rollback approver');
    expect(statusOf('deployment-rollback', ['Who approves a rollback?', 'I would have to check with Dana.']).missing).toContain('Rollback approver');
    // not knowing, however it is softened, and a check still to be made give nothing
    expect(statusOf('deployment-rollback', ['Who approves a rollback?', 'I am honestly not sure, we need to check with the manager.']).missing).toContain('Rollback approver');
    // the system asked for by its name, and what to stay away from, answered in the next sentence
    expect(statusOf('system-overview', ['So in simple words, what does Ledgerline actually do?', 'It sends the invoices to the customers every night.']).missing).not.toContain('What it does');
    expect(statusOf('danger-zones', ['Is there anything you want me to stay away from?', 'The pricing table, if you change it every price moves at once.']).missing).not.toContain('What not to touch');
    // who must approve a danger zone, asked and answered; a compliment on the question answers nothing
    expect(statusOf('danger-zones', ['Never edit the mapping table.', 'Who approves a change to the mapping?', 'Priya Raman, she owns the data.']).missing).not.toContain('Who must approve');
    expect(statusOf('danger-zones', ['Never edit the mapping table.', 'Who approves a change to the mapping?', 'That is a really good question, honestly, nobody has ever asked that.']).missing).toContain('Who must approve');
    // someone else putting it off is still putting it off
    expect(statusOf('first-30-days', ['The first month plan, Marta said she will go through it with you next week.']).status).toBe('missing');
    // raw speech asks without a question mark
    expect(statusOf('system-overview', ['which environments do we have again i keep forgetting']).missing).toContain('Environments');
    // an answer that only puts the question off, in two parts, gives nothing; one with a name does
    expect(statusOf('deployment-rollback', ['Who approves a rollback?', 'That is not decided yet, I will check with Omar and update the page.']).missing).toContain('Rollback approver');
    expect(statusOf('deployment-rollback', ['Who approves a rollback?', 'The on-call lead approves it, I will confirm with Omar.']).missing).not.toContain('Rollback approver');
    expect(statusOf('bad-windows', ['Are there times I should not deploy?', 'Not really, we never had a freeze.']).status).toBe('missing');
    expect(statusOf('bad-windows', ['Are there times I should not deploy?', 'No, there is no bad time, we ship whenever.']).status).toBe('missing');
    expect(statusOf('danger-zones', ['Who has to approve a change to it?', 'No formal process, I just do it carefully.']).missing).toContain('Who must approve');
    expect(statusOf('system-overview', ['And when does it really hurt if it falls over?', 'Friday afternoons, when the managers publish the rota.']).missing).not.toContain('When it is critical');
    expect(statusOf('system-overview', ['And when is it really critical?', 'Friday evenings and the first of the month.']).missing).not.toContain('When it is critical');
    expect(statusOf('system-overview', ['Who actually calls it?', 'The checkout service and the mobile app.']).missing).not.toContain('Who uses it');
    expect(statusOf('system-overview', ['Friday evenings and the first of the month.']).missing).toContain('When it is critical');
    // the plan's own title is no period of it, and "we can do next week" puts it off
    expect(statusOf('first-30-days', ['Deploy stuff, the thirty day plan and the checklist, we can do next week with Sarah.']).status).toBe('missing');
    // a read-only login is access you need, not a safe first action
    expect(
      statusOf('day-1-checklist', [
        'You will need SSO for the finance accounts and Vault.',
        'And a read-only login to the exceptions queue in the ERP, the finance team can sort that out.',
        "Don't re-run a bank file by hand in your first few weeks.",
      ]).status,
    ).toBe('partial');
    // raw speech that ends by asking is a question, however long its lead-in
    expect(
      statusOf('open-responsibilities', [
        'the upgrade is half done and the rest waits for the vendor',
        'and if people from the library ask me for new features how it is called what do i accept',
        'hmm good question',
      ]).missing,
    ).toContain('Rule for accepting or rejecting tasks');
    // a list promised instead of made up on the spot answers nothing
    expect(statusOf('danger-zones', ['What should I never touch?', 'Let me write you a proper list for that, I do not want to make it up on the spot.']).status).toBe('missing');
    // leaving a part for later, or for when someone else can join, answers nothing
    expect(
      statusOf('danger-zones', [
        'What should I never touch?',
        'This one I prefer we leave for later, honestly.',
        'There are two things, but they are about compliance, and I want Neha from compliance in the call, because I do not want to tell you something wrong.',
      ]).status,
    ).toBe('missing');
    expect(statusOf('danger-zones', ['So what gets you in real trouble here?', 'The pay rates table, one wrong row and everyone is paid wrong.']).missing).not.toContain('What not to touch');
    expect(statusOf('deployment-rollback', ['And how do changes go out?', 'Through the pipeline in Azure DevOps, once the pull request is merged.']).missing).not.toContain('Deploy steps');
  });

  test('a named page or space says where the architecture is: partial, with the link still missing', () => {
    for (const where of [
      "There's an architecture page in Confluence, in the Onboarding space, it's called Verity design.",
      'There is one on Confluence in the digital services space.',
      'The diagram is in the docs folder of the repo.',
    ]) {
      const verdict = statusOf('architecture-reference', [where]);
      expect(verdict.status).toBe('partial');
      expect(verdict.missing).toContain('Link to the architecture document');
    }
    // somewhere, or a promise to find it, says nowhere
    expect(statusOf('architecture-reference', ["There is, it's on the wiki somewhere, I'll send you the link after this."]).status).toBe('missing');
    expect(statusOf('architecture-reference', ['I think there was one on the old wiki but it probably got deleted.']).status).toBe('missing');
  });

  test('a plan by week names more than one week: a lone "first week is reading" is no plan', () => {
    expect(statusOf('first-30-days', ['So your first week is mostly reading the runbooks.']).status).toBe('missing');
    expect(statusOf('first-30-days', ['So your first week is mostly reading the runbooks.', 'In week two you take the deploys with me watching.', 'Weeks three and four you run them on your own.']).status).toBe(
      'covered',
    );
    expect(statusOf('first-30-days', ['First week you shadow, second week you lead, by day thirty you own it.']).status).toBe('covered');
  });

  test('an answer gives the asked period only by naming one, not by pointing to a calendar', () => {
    const asked = "Are there days when I really shouldn't deploy at all?";
    expect(statusOf('bad-windows', [asked, "There are, there's a freeze calendar, but I'd rather show it to you than recite it, so that's next week too."]).status).toBe(
      'missing',
    );
    expect(statusOf('bad-windows', [asked, 'Yes, the last week of the month, finance runs the close.']).status).toBe('covered');
  });

  test('asked what not to touch, an answer that there are some, put off, names nothing', () => {
    const asked = "Is there anything I really shouldn't touch?";
    for (const answer of [
      "Oh, a few things, but that's a proper conversation, I don't want to rush it.",
      "Yeah, there's a couple, but I'll put them in the doc, I don't want to rush it and tell you something wrong.",
      "Eish, ja, there's a few, let me think about it properly and I'll put them all in the runbook.",
    ]) {
      expect(statusOf('danger-zones', [asked, answer]).status).toBe('missing');
    }
    expect(statusOf('danger-zones', [asked, 'The rules table: one wrong number there moves the due date of hundreds of wagons.']).missing).not.toContain(
      'What not to touch',
    );
  });

  test('raw speech asking what about the plan, answered that it was not prepared and put off, gives no plan', () => {
    expect(statusOf('first-30-days', ['what about a plan for my first month', 'honestly i didnt prepare that', 'lets sit down with priya next week and do it then']).status).toBe('missing');
  });

  test('raw speech asking who signs it off is answered by the names, hedged or not', () => {
    expect(statusOf('sign-off', ['okay so who signs this off', 'tomasz and leah i guess and priya as our manager', 'we didnt fix a date yet']).missing).toEqual(['Sign-off date']);
  });

  test('asked what is safe to poke at, the answer gives the safe first actions', () => {
    const verdict = statusOf('day-1-checklist', [
      'Is there anything I can poke at safely on day one?',
      "Yeah, have a go in staging with the dummy address in Leeds, and watch the layout queue on the dashboard while it runs.",
    ]);
    expect(verdict.missing).not.toContain('Safe first actions');
  });

  test('a yes-or-no question about the main users is answered by who uses it', () => {
    const verdict = statusOf('system-overview', [
      'So the shops themselves are the main users?',
      "The shops, yes, and then inside it's Maggie's team, the night shift reading the bake sheets, the dispatch lads loading the vans, and accounts for the invoices.",
    ]);
    expect(verdict.missing).not.toContain('Who uses it');
  });

  test('an answer that nobody is defined gives no approver, though the one leaving decides alone', () => {
    const verdict = statusOf('deployment-rollback', ['Who approves rollback, and how long does it take?', 'Approver, hmm, nobody is defined, usually I decide alone.']);
    expect(verdict.missing).toContain('Rollback approver');
  });

  test('asked who approves, an answer naming someone vague or someone gone names no approver', () => {
    const zone = ['Never touch the payee check table.', 'If it is wrong we pay the wrong account.', 'Who has to sign off a change to those?'];
    for (const answer of [
      "I believe it goes through someone in compliance, but I honestly don't know who, I've never had to change one.",
      "Well, that's the awkward bit, it used to be Martin Hale, the head of claims finance, and he left in January.",
      "Honestly, I've never had to ask, it's probably in the wiki somewhere.",
      "See, I'm no' sure, I think it goes through conduct risk, or maybe the data owner, I've honestly never had to find out.",
    ]) {
      expect(statusOf('danger-zones', [...zone, answer]).missing).toContain('Who must approve');
    }
    expect(statusOf('danger-zones', [...zone, 'It used to be Martin, now it is Gwen in finance.']).status).toBe('covered');
  });

  test('asked when the diagram was last updated, a year in reply says when', () => {
    const verdict = statusOf('architecture-reference', ['Then there is the architecture bit, there is a diagram.', 'When was it last updated?', 'Twenty twenty-two, when we moved off the old servers onto Azure.']);
    expect(verdict.missing).not.toContain('When last updated');
  });

  test("asked whether a rollback needs somebody's okay, a named approver answers; not being sure there is a rule does not", () => {
    const asked = 'Do I need somebody\'s okay for a rollback?';
    expect(statusOf('deployment-rollback', [asked, 'In office hours you decide yourself, but in the exam weeks Marieke has to approve it.']).missing).not.toContain('Rollback approver');
    expect(statusOf('deployment-rollback', [asked, "Good question, I always just did it myself, I'm honestly not sure there's a rule, you can ask Emeka."]).missing).toContain('Rollback approver');
  });

  test('asked who has to say yes, the person named answers; asked what not to touch, the thing named answers', () => {
    const zone = ['Never touch the route geometry in the database, one wrong line and a road is not gritted.'];
    expect(
      statusOf('danger-zones', [...zone, 'Who has to say yes if I do need to change it?', 'Julie Pickles, the winter service manager, she signs off anything to do with routes.']).missing,
    ).not.toContain('Who must approve');
    expect(statusOf('danger-zones', ['And the things I must never touch?', 'The stand rules table in the database, where it says which aircraft fits on which stand.']).missing).not.toContain(
      'What not to touch',
    );
  });

  test('asked when to roll back, the answer is the trigger', () => {
    expect(statusOf('deployment-rollback', ['And when do I decide to roll back?', "If the feed is not updated for two minutes, or the prediction age keeps climbing."]).missing).not.toContain('Rollback trigger');
  });

  test('asked when deployment is allowed, the answer is the window', () => {
    expect(statusOf('deployment-rollback', ['And when is deployment allowed?', 'Tuesday to Thursday, ten till two, never on a Friday.']).missing).not.toContain('Deployment window');
  });

  test('who decides a rollback and how long it takes, said of "it" right after rolling back is talked of', () => {
    const verdict = statusOf('deployment-rollback', [
      'If the auth success rate drops more than three points, we roll back, no discussion.',
      'The on-call engineer can start it, but Olu, our engineering manager, has to approve it if a schema change went out.',
      'The on-call lead can make that call, and it takes about ten minutes end to end.',
    ]);
    expect(verdict.missing).not.toContain('Rollback approver');
    expect(verdict.missing).not.toContain('Expected rollback time');
    // with no rollback before them, the same words approve a deploy, not a rollback
    expect(statusOf('deployment-rollback', ['Olu, our engineering manager, has to approve it if a schema change went out.']).missing).toContain('Rollback approver');
    // nor after the section's own name: "deployment and rollback" is no rollback talked of
    expect(
      statusOf('deployment-rollback', [
        'Okay, now deployment and rollback.',
        'For prod you make a merge request in the environment repository, a second person approves it, and then you sync in Argo CD by hand.',
      ]).missing,
    ).toContain('Rollback approver');
  });

  test('asked who approves, "good question, we never wrote that down" names nobody', () => {
    const zone = ['The paging rules, if you get that wrong people just dont get the page.', 'and who approves a change in those'];
    expect(statusOf('danger-zones', [...zone, 'good question we never wrote that down i just changed it very carefully']).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...zone, 'good question the team leader approves every change']).missing).not.toContain('Who must approve');
  });

  test('a statement another speaker answers "no, nobody ..." names nobody', () => {
    const said = (replies: Array<[string, string]>) => {
      const s = KT_DEFAULT_TEMPLATE.sections.find((x) => x.id === 'architecture-reference')!;
      const { sentences } = sentencesOf(replies.map(([, line]) => line));
      return sectionStatus(s, distilSection(s, sentences.map((x, i) => ({ ...x, speaker: replies[i][0] }))));
    };
    const drawing: Array<[string, string]> = [
      ['Gethin', 'there is on the github wiki github.com/glen-arroch/brocken/wiki/architecture'],
      ['Gethin', 'i redid the drawing in october'],
      ['Rafaela', 'and somebody checked it after you'],
    ];
    expect(said([...drawing, ['Gethin', 'no fair play nobody has looked at it except me']]).missing).toContain('Who verified it');
    // "somebody checked it" names nobody, whoever goes on after it
    expect(said([...drawing, ['Rafaela', 'no fair play nobody has looked at it except me']]).missing).toContain('Who verified it');
    expect(said([...drawing.slice(0, 2), ['Rafaela', 'and Siân checked it after you']]).missing).not.toContain('Who verified it');
    expect(said([...drawing, ['Gethin', 'yes Siân in the platform team went through it in november']]).missing).not.toContain('Who verified it');
  });

  test('asked who works in it or about the business side, the answer gives who uses it and the business impact', () => {
    expect(statusOf('system-overview', ["And who's actually working in it every day?", 'The two booking clerks, the drivers on the app, and the office for invoices.']).missing).not.toContain('Who uses it');
    expect(
      statusOf('system-overview', ['And the business side, is there money in it?', 'Not directly, but the operating licence depends on these records, so without it we close.']).missing,
    ).not.toContain('Business impact');
  });

  test('asked "when it is critical" or "who is in it", in statement order, the answer gives the field', () => {
    expect(statusOf('system-overview', ['And when it is critical, when it really cannot be down?', 'Autumn, from September right through to Christmas.']).missing).not.toContain('When it is critical');
    expect(statusOf('system-overview', ["So who's actually in it day to day?", 'The desk paramedics the most, then the pilots and the crews.']).missing).not.toContain('Who uses it');
  });

  test('an answer that there is nobody gives no contact', () => {
    const verdict = statusOf('ownership-escalation', [
      'And who do I call if I am stuck in the middle of the night?',
      "Good question, I don't think we ever agreed on anyone, there's nobody whose job that is.",
    ]);
    expect(verdict.missing).toContain('Whom to contact');
  });

  test('weeks only listed as what a plan would cover are no plan by week; weeks with something said for them are', () => {
    expect(statusOf('first-30-days', ['and a plan for my first month like week one week two']).status).toBe('missing');
    expect(statusOf('first-30-days', ['in week one and week two you shadow me, in week three you take the pager']).status).toBe('covered');
  });

  test('whether tasks can be refused, answered with nothing or with what the speaker never did, gives no rule', () => {
    const tasks = ['The new tariff is not started, it must be live in January.', 'Moving the storage is half done.'];
    expect(
      statusOf('open-responsibilities', [...tasks, "Can I say no to one of them if it's too much?", "I really don't know, that's between you and Fiona, I never had to refuse anything."]).missing,
    ).toContain('Rule for accepting or rejecting tasks');
    expect(statusOf('open-responsibilities', [...tasks, 'Can I say no to one of them?', 'Yes, you can refuse anything that is not billing.']).status).toBe('covered');
    expect(statusOf('open-responsibilities', [...tasks, 'I never had to refuse anything, to be honest.']).missing).toContain('Rule for accepting or rejecting tasks');
  });

  test("asked whose call a rollback is, or what is needed on day one, the answer gives it", () => {
    expect(
      statusOf('deployment-rollback', ['Whose call is the rollback, do I need to ask anyone?', "No, it's yours, you're the owner, you don't wait for anyone, you just tell Denise after."]).missing,
    ).not.toContain('Rollback approver');
    expect(statusOf('day-1-checklist', ['Okay, practical, what do I need on day one?', 'The Google Cloud projects, the GitHub repository and the Mux dashboard.']).missing).not.toContain(
      'Access needed',
    );
  });

  test('an answer that does not know and names someone to ask names no approver', () => {
    const verdict = statusOf('deployment-rollback', [
      'And who approves a rollback?',
      "Honestly this is not written anywhere, until now it was always me, so for you I don't know, we must ask Paolo.",
    ]);
    expect(verdict.missing).toContain('Rollback approver');
  });

  test('how long a rollback takes, said of the part rolled back right after it ("central takes maybe five minutes")', () => {
    const rollback = "If the frames don't arrive, you roll back, you revert the tag in the GitOps repo.";
    expect(statusOf('deployment-rollback', [rollback, 'Central takes maybe five minutes, a site box more like fifteen.']).missing).not.toContain('Expected rollback time');
    expect(statusOf('deployment-rollback', [rollback, 'The deploy pipeline takes about ten minutes.']).missing).toContain('Expected rollback time');
  });

  test('a plan for the first weeks with the rest left open is a plan in part', () => {
    const twoWeeks = ['Week one you just shadow passes with the flight controllers.', 'Week two you do a staging deploy with me watching.'];
    expect(statusOf('first-30-days', [...twoWeeks, "After that, honestly, I don't know, I think you and Marloes should decide the rest."]).status).toBe('partial');
    expect(statusOf('first-30-days', [...twoWeeks, "So weeks three and four, Dafydd will sort that out with you."]).status).toBe('partial');
    expect(statusOf('first-30-days', [...twoWeeks, 'Weeks three and four you take the on-call yourself.']).status).toBe('covered');
  });

  test('the topic read out in a longer phrase, then "next week" in small talk, is no plan by week', () => {
    expect(statusOf('first-30-days', ['and the plan for your first month', 'next week pole about your father diolch thats kind so right']).status).toBe('missing');
  });

  test("the plan's title, its topic asked and its talk put off to next week are no plan by week", () => {
    // the title with a word or three before "plan", and the week the talk is put off to
    expect(
      statusOf('first-30-days', [
        'Then, first thirty day ownership plan.',
        'What should I actually be doing in my first month?',
        "I was going to do that one with Dawn next week, she's got opinions on it, so let's leave it for now.",
      ]).status,
    ).toBe('missing');
    expect(
      statusOf('first-30-days', ['and for the first month do you have a plan for me', 'not really let us sit with rob next week and do the thirty day plan']).status,
    ).toBe('missing');
    expect(statusOf('first-30-days', ['first thirty day plan do we have a plan for mayas first month', 'not yet i wanted to do that together with maya next week']).status).toBe(
      'missing',
    );
  });

  test('no freeze "or anything", no sign-off ever had, the criteria asked in a run-on and "I\'ll ask Hilary" give nothing; "who authorises a rollback?" is answered', () => {
    expect(stated('bad-windows', "We never had that, no freeze or anything, I'd just deploy whenever.")).toEqual([]);
    expect(stated('danger-zones', 'We never had a sign-off for that, I just paste in whatever the techs send me.')).not.toContain('approver');
    expect(stated('completion-check', 'and completion check whats the criteria for that i dont think weve got anything written down ill ask hilary')).toEqual([]);
    expect(stated('completion-check', "What's the criteria? I'd say when you can run a release on your own.")).toContain('criteria');
    expect(statusOf('deployment-rollback', ['Who authorises a rollback?', 'The duty manager, always.']).missing).not.toContain('Rollback approver');
    expect(statusOf('system-overview', ['so when does it really matter like when am i going to get shouted at', 'monday mornings and the week before christmas']).missing).not.toContain(
      'When it is critical',
    );
  });

  test('an approver post left empty, nobody deciding who, and "that\'s a Helen question" give nothing', () => {
    expect(stated('danger-zones', 'That was always the finance controller, and the post has been vacant since March.')).not.toContain('approver');
    expect(stated('danger-zones', "I'm not signing it off, somebody above me has to decide who does and nobody has.")).not.toContain('approver');
    expect(statusOf('open-responsibilities', ['Can I push back on any of it?', "That's a Priya question really, she'll tell you what you can say no to."]).missing).toContain(
      'Rule for accepting or rejecting tasks',
    );
    expect(stated('danger-zones', 'Any change there needs the finance controller to approve it.')).toContain('approver');
  });

  test('"what\'s the worst that can happen?" is answered by the sentence after it', () => {
    expect(statusOf('system-overview', ["What's the worst that can happen, realistically?", 'A lorry gets weighed wrong and we bill the wrong customer for a month.']).missing).not.toContain(
      'Worst case',
    );
    expect(statusOf('system-overview', ["What's the worst that can happen, realistically?"]).missing).toContain('Worst case');
    expect(stated('danger-zones', 'Honestly, if it breaks, that is your call.')).not.toContain('approver');
  });

  test('"I wouldn\'t say it\'s been checked" and raw "nobodys gone through it" verify nothing', () => {
    expect(stated('architecture-reference', "I wrote it myself so I wouldn't say it's been checked.")).not.toContain('verified-by');
    expect(stated('architecture-reference', 'nobodys actually gone through it since so take it with a pinch of salt')).not.toContain('verified-by');
    expect(stated('architecture-reference', 'Priya went through it line by line in June.')).toContain('verified-by');
  });

  // Held-out calls (seven of them by session 27) count how much runs through the system as its business impact.
  test('how much goes through it a day is the business impact; a path that stops when the owner leaves is no path', () => {
    expect(stated('system-overview', 'About two thousand orders a day go through it.')).toContain('business-impact');
    expect(stated('system-overview', 'Two thousand orders went through it once.')).not.toContain('business-impact');
    expect(stated('ownership-escalation', 'The night porter just rings my mobile, and after Friday that stops.')).not.toContain('escalation-path');
    expect(stated('sign-off', 'The data was handed over from the old system to the new one.')).toEqual([]);
  });

  test('raw "whos" asks, after an everyday lead-in, and the answer gives the field asked ("when is this thing actually critical")', () => {
    expect(statusOf('system-overview', ['cool so whos actually in it day to day', 'the drivers and the two planners and the depot manager']).missing).not.toContain('Who uses it');
    expect(statusOf('system-overview', ['ok got it and when is this thing actually critical', 'evenings mostly and the whole of december']).missing).not.toContain(
      'When it is critical',
    );
  });

  test('a rollback left to the on-call "alone" names the approver; "we never rolled back" names nothing', () => {
    expect(statusOf('deployment-rollback', ['That takes about five minutes and the on-call engineer can decide that alone.']).missing).not.toContain(
      'Rollback approver',
    );
    expect(statusOf('deployment-rollback', ['I do not think we ever had to roll back to be honest.']).missing).toContain('Rollback approver');
  });

  test('the name given in passing ("the scheduler, which we call lantern") or said first as the subject doing its work names the system', () => {
    expect(stated('system-overview', 'so the platform we call otter is basically the sync of stock between the shops')).toContain('system-name');
    expect(stated('system-overview', 'there are two jobs the importer which we call heron and the exporter')).toContain('system-name');
    expect(stated('system-overview', 'Okay, short version, Tallyroll pushes the shift hours to payroll every night.')).toEqual(
      expect.arrayContaining(['system-name', 'purpose']),
    );
    expect(stated('system-overview', 'I think lantern is the scheduling service for the depots.')).toContain('system-name');
    // A call made, not a name given; a tool everyone has doing its part.
    expect(stated('system-overview', 'the API we call every minute is slow')).not.toContain('system-name');
    expect(stated('system-overview', 'Kafka moves the events to the warehouse.')).not.toContain('system-name');
  });

  test('what "it" does in a list of its steps, a share of the business through it, "three times normal volume" and "when is it on fire?"', () => {
    expect(stated('system-overview', 'It screens every applicant, verifies the payslips and then opens the loan.')).toContain('purpose');
    expect(stated('system-overview', 'about half of our revenue comes through the partner sites')).toContain('business-impact');
    expect(stated('system-overview', 'Every March we run at four times normal volume.')).toContain('critical-when');
    expect(statusOf('system-overview', ['And when is it really on fire?', 'Exam weeks, without a doubt.']).missing).not.toContain('When it is critical');
  });

  test('"nobody can log in anywhere" says what breaks; "nobody can tell you" still says nothing', () => {
    expect(statusOf('system-overview', ['And if it goes down, what breaks?', 'Nobody can log in anywhere, not the app and not the kiosks.']).missing).not.toContain(
      'What breaks if it is down',
    );
    expect(statusOf('danger-zones', ['Who has to approve a change there?', 'Nobody can tell you, honestly.']).missing).toContain('Who must approve');
  });

  test('a path "in flux", "being redone", that someone else "will share", "no path", "never put on PagerDuty" or a rota that "is me" is no path', () => {
    expect(stated('ownership-escalation', 'Out of hours is in flux, the rota is being redone after the merger, Dana will share it.')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'there is no path really it was never put on pagerduty so nobody gets phoned')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', "Honestly we don't really have an escalation path.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'The alerts page whoever is on call, and the rota is just me.')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'Thats a good one at the moment the PagerDuty schedule is just me so we need to sort that out')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'But escalation')).toEqual([]);
    expect(stated('ownership-escalation', 'The after-hours escalation, who gets called first, that is written up in the wiki.')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'If the primary does not ack in ten minutes it pages the secondary.')).toContain('escalation-path');
    expect(statusOf('ownership-escalation', ['So who do I ring at two in the morning?', 'The duty manager, Sam Okoro this month.']).missing).not.toContain('Whom to contact');
  });

  test('"I\'d rather go through them with you next week" gives no bad window; a cut-off "is that..." asks, it does not state', () => {
    expect(statusOf('bad-windows', ['Any times I should never deploy?', 'theres a couple but id rather go through them with you next week with the calendar']).status).toBe('missing');
    expect(stated('deployment-rollback', 'Sorry, and the rollback, is that...')).toEqual([]);
    expect(stated('deployment-rollback', 'The window is Tuesday morning, which...')).toContain('deploy-window');
  });

  test('a threshold held "for ten minutes" is the rollback trigger, not its time; "about five minutes" after "how long does that take?" is', () => {
    expect(stated('deployment-rollback', 'We roll back if the error rate stays over one percent for ten minutes.')).not.toContain('rollback-time');
    expect(
      statusOf('deployment-rollback', [
        'To roll back you redeploy the previous tag.',
        'The team lead approves it.',
        'How long does that take?',
        'About five minutes, the pods start fast.',
      ]).missing,
    ).not.toContain('Expected rollback time');
  });

  test('criteria said as what you will have done, access as the user someone sorts out, and "the big one is when" as the cause', () => {
    expect(stated('completion-check', "When you've run a release on your own and handled one restore, I'd call it done.")).toContain('criteria');
    expect(stated('day-1-checklist', 'Marta can sort you out with a read only user on the warehouse database.')).toContain('access');
    expect(stated('common-failures', 'The big one is when finance uploads a new price file in the afternoon.')).toContain('cause');
    expect(stated('common-failures', 'yeah the usual one is a worker node getting slow and the queue backing up')).toContain('cause');
  });

  test('raw "whats in flight that im inheriting", "and any gotchas ..." and "what you should not do yet" ask; an answer "i cannot think of them now" gives no tribal knowledge', () => {
    expect(stated('open-responsibilities', 'whats in flight that im taking over')).toEqual([]);
    expect(stated('open-responsibilities', 'whats left is the billing migration which is half done')).toContain('tasks');
    expect(statusOf('plain-english-notes', ['and any gotchas things you only know from experience', 'loads but i cannot think of them right now with everything going on ask the team they know the tricks']).status).toBe(
      'missing',
    );
    expect(stated('day-1-checklist', 'what you should not do yet')).toEqual([]);
  });

  test('a holder named as gone ("but greg left in march and we dont have a controller right now") takes the approver named before', () => {
    expect(
      statusOf('danger-zones', ['changes to the pricing rules used to need anna from finance to sign off', 'but anna left in march and we dont have a finance lead right now']).missing,
    ).toContain('Who must approve');
    expect(stated('danger-zones', 'So honestly theres nobody who approves it at the moment.')).not.toContain('approver');
  });

  test('a team folded in a reorg, nobody having said which team, "whether ... I don\'t know" and "the escalation path was basically me" state nothing', () => {
    expect(stated('ownership-escalation', 'it was on the payments team but that team got merged in the reorg and nobody has said which team owns it now')).not.toContain(
      'owning-team',
    );
    expect(stated('ownership-escalation', 'The escalation path was basically me, so now I do not know.')).not.toContain('escalation-path');
    expect(stated('open-responsibilities', 'Whether you have to take every one of them or can refuse a couple, honestly, I don\'t know.')).not.toContain('acceptance-rule');
  });

  test('"as many runs as you like in staging", "go and sit with the night shift" and "first few days I\'d just ..." are safe first actions', () => {
    expect(stated('day-1-checklist', 'You can do as many test orders as you like in staging.')).toContain('safe-actions');
    expect(stated('day-1-checklist', 'first couple of days id just go and sit with the night shift and watch them work')).toContain('safe-actions');
  });

  test('a raw question before "honestly we never decided that" states no approver; "can we park that one", "lets do access on friday" and "I don\'t want to tell you wrong" put the topic off', () => {
    expect(stated('deployment-rollback', 'and who signs off a rollback like does someone have to approve it honestly we never decided that')).not.toContain('rollback-approver');
    expect(statusOf('day-1-checklist', ['What access will I need?', 'lets do access on friday when the admin is in']).missing).toContain('Access needed');
    expect(statusOf('danger-zones', ['Anything I should never touch?', "Hmm, can we park that one, I don't want to tell you wrong."]).status).toBe('missing');
  });

  test('someone else "sorting your access", "there isn\'t one as such" and "it just fell to me" give no access or escalation path', () => {
    expect(statusOf('day-1-checklist', ['And access?', "Tom's sorting your access, just ask him."]).missing).toContain('Access needed');
    expect(stated('day-1-checklist', "Tom's setting up the accounts for the vpn and the build server.")).toContain('access');
    expect(statusOf('ownership-escalation', ['And if Ravi is away, how does it escalate?', "There isn't one as such."]).missing).toContain('Escalation channel or path');
    expect(stated('ownership-escalation', "For escalation, there isn't one as such.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'There is no on-call as such, but the duty manager gets paged for sev ones.')).toContain('escalation-path');
    expect(stated('ownership-escalation', 'Anything out of hours, it just fell to me.')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', "We're not on the on-call rota.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'The on-call rota is ops-primary, and if a page is not resolved in half an hour it comes to me.')).toContain('escalation-path');
  });

  test('"there\'s an onboarding page" and "she\'s got the list" point elsewhere; "when would I actually feel it?" asks when it is critical', () => {
    expect(statusOf('day-1-checklist', ['What access do I need on day one?', "There's an onboarding page."]).missing).toContain('Access needed');
    expect(stated('day-1-checklist', "For access, Nadia's got the list.")).not.toContain('access');
    expect(stated('day-1-checklist', 'For access there is an onboarding page.')).not.toContain('access');
    expect(stated('day-1-checklist', "For access, we've got the list of groups: ops-readers and deployers.")).toContain('access');
    expect(statusOf('system-overview', ['When would I actually feel it if it broke?', 'Month end, the last three working days.']).missing).not.toContain('When it is critical');
  });

  test('a statement cut off after its "is, well..." states nothing; "someone left in May" is no sign-off date; an "if ..." said after "who signs off" names no one', () => {
    expect(stated('day-1-checklist', "The thing I'd hold off on in your first month is, um...")).toEqual([]);
    expect(stated('day-1-checklist', "The thing I'd hold off on in your first month is failing over by hand.")).toContain('avoid-actions');
    expect(stated('sign-off', 'Anna used to do it but anna left in may')).not.toContain('date');
    expect(stated('sign-off', 'We both sign it on the second of may.')).toContain('date');
    expect(statusOf('sign-off', ['who signs off', 'if we ever have to change the retention'])).toMatchObject({ status: 'missing' });
    expect(statusOf('sign-off', ['Who signs the handover off?', 'Dana as outgoing, and you as incoming.']).missing).not.toContain('Outgoing owner');
  });

  test('a guessed on-call the speaker would have to check, "own ship and escalation" read out, "I have no criteria", "never really had one, a freeze" and "did not prepare a list" give nothing', () => {
    expect(stated('ownership-escalation', "I'd need to check, I believe they've got an on-call, never used it though.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'They have an on-call rota, and the duty lead gets paged after ten minutes.')).toContain('escalation-path');
    expect(stated('ownership-escalation', 'Right, section nine, own ship and escalation.')).not.toContain('escalation-path');
    expect(stated('completion-check', 'Honestly I have no criteria written down for that.')).toEqual([]);
    expect(stated('bad-windows', "We never really had one, a change freeze, I mean, we just deploy.")).not.toContain('avoid-period');
    expect(stated('day-1-checklist', 'I did not prepare a list of safe first things, sorry.')).not.toContain('safe-actions');
  });
});

describe("round 29's falsely covered sections", () => {
  test('criteria left blank, to be written by someone herself or sent over next week, are not given', () => {
    expect(stated('completion-check', 'Helen wants to write the criteria herself.')).toEqual([]);
    expect(stated('completion-check', "For the criteria, she said she'd send them over next week.")).toEqual([]);
    expect(stated('completion-check', "The criteria? I've left that blank on purpose.")).toEqual([]);
    expect(
      statusOf('completion-check', [
        'What would make this handover complete for you?',
        "That one I've left blank on purpose, Helen wants to write the criteria herself, and she said she'd send them over next week.",
      ]).status,
    ).toBe('missing');
    expect(stated('completion-check', 'Helen wrote the criteria herself: you can deploy on your own and the alerts are understood.')).toContain('criteria');
    expect(stated('ownership-escalation', "He'll send the rota over next week.")).not.toContain('escalation-path');
  });

  test('"ask sam, dunno if anyone has to" names no approver; "sam has to approve" does', () => {
    const asked = 'who approves a change to the parameter group then';
    expect(statusOf('danger-zones', [asked, 'ask sam dunno if anyone has to honestly ive only changed it once']).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [asked, 'sam has to approve it, nobody else']).missing).not.toContain('Who must approve');
  });

  test('"I will dig them out and send you the list" promises the tasks; "I\'d not want to tell you wrong" gives no access', () => {
    const tasks = 'anything half done i should know about there are a couple of tickets i will dig them out and send you the list';
    expect(statusOf('open-responsibilities', [tasks]).missing).toContain('Tasks handed over, with their state');
    const askedThenPromised = ['anything half done i should know about', 'there are a couple of tickets i will dig them out and send you the list'];
    expect(statusOf('open-responsibilities', askedThenPromised).missing).toContain('Tasks handed over, with their state');
    expect(statusOf('open-responsibilities', [askedThenPromised[0], 'the reindex is half done and the ilm ticket is still open']).missing).not.toContain(
      'Tasks handed over, with their state',
    );
    expect(stated('open-responsibilities', 'The reindex migration is half done and the ILM ticket is still open, I will dig them out and send you the links.')).toContain('tasks');
    const access = "Your accounts and that, Dave on the service desk is sorting all that with Sandra, so I'd not want to tell you wrong.";
    expect(statusOf('day-1-checklist', [access]).missing).toContain('Access needed');
    expect(stated('day-1-checklist', 'You need the admin group in vCenter and a Veeam console login.')).toContain('access');
  });

  test('raw "anything i shouldnt do yet" asks; "I shouldn\'t do failovers yet" says; "on day one id just log into staging" is a safe first action', () => {
    expect(stated('day-1-checklist', 'anything i shouldnt do yet')).toEqual([]);
    expect(stated('day-1-checklist', 'anything i shouldnt go near to start with')).toEqual([]);
    expect(stated('day-1-checklist', 'on day one id just log into staging and try a swap end to end with the test account')).toContain('safe-actions');
    expect(stated('day-1-checklist', "anything i shouldn't touch in the first week")).toEqual([]);
    expect(stated('day-1-checklist', "I shouldn't do failovers yet, Sam said.")).toContain('avoid-actions');
  });
});

describe("round 30's falsely covered sections", () => {
  test('a guess with "let me check, because ..." gives nothing; a plain answer does', () => {
    const guess = "I think it's the platform team, but let me check, because they have the on-call for the clusters, but I'm not sure they pick up for it.";
    expect(stated('ownership-escalation', guess)).toEqual([]);
    expect(stated('ownership-escalation', 'The platform team has the on-call for the clusters, and they pick up for it too.')).toContain('escalation-path');
  });

  test('a path that only ever pages the outgoing owner, or "never had one written down", is no path', () => {
    expect(stated('ownership-escalation', 'We never had one written down people just message me on teams and Opsgenie only ever pages me')).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'Opsgenie pages me first and then the team lead after fifteen minutes.')).toContain('escalation-path');
  });

  test('"dunno who approves that now", "since she left nobody" and "let\'s see when Joanna is back" name no one and no date', () => {
    expect(stated('danger-zones', 'Dunno who approves that now either honestly morag did it with security and since she left nobody has said')).not.toContain('approver');
    expect(stated('danger-zones', "That was Priya, and since she left nobody, really, sometimes I tell Julie on Slack after, but it's not an approval.")).not.toContain('approver');
    expect(stated('danger-zones', 'Morag approves it with security, always in writing.')).toContain('approver');
    expect(stated('sign-off', "The date, probably Tuesday, I'm not sure, no, Tuesday I'm at the dentist, let's see when Joanna is back from leave.")).not.toContain('date');
  });

  test('a plan for weeks one and two with "after that I haven\'t planned it" and "weeks three and four are open" is unfinished', () => {
    const plan = ['Week one, get your access and sit with me.', 'Week two, you do a prod deploy yourself with me watching.'];
    expect(statusOf('first-30-days', [...plan, "After that, honestly, I haven't planned it, see how you go."]).missing).toContain('Plan by week');
    expect(statusOf('first-30-days', [...plan, 'So weeks three and four are open.']).missing).toContain('Plan by week');
    expect(statusOf('first-30-days', [...plan, 'Weeks three and four, you take the on-call with me as backup.']).status).toBe('covered');
  });

  test('a raw question cut off on "safe to" asks, however long', () => {
    expect(stated('day-1-checklist', 'okay and what should i actually do first like what is safe to')).toEqual([]);
    expect(stated('day-1-checklist', 'what you can safely do first is read the runbooks and watch the deploys')).toContain('safe-actions');
  });
});

describe("round 31's falsely covered sections", () => {
  test('"i dont have a proper list for you", "please dont ask for a better name" and "you were saying, the stuff I shouldn\'t touch" give no day-one field', () => {
    expect(stated('day-1-checklist', 'eish honestly i learned by breaking dev so i dont have a proper list for you')).toEqual([]);
    expect(stated('day-1-checklist', 'so that is why it is called stellwerk please dont ask for a better name')).toEqual([]);
    expect(stated('day-1-checklist', 'please dont restart the runners in your first week')).toContain('avoid-actions');
    expect(stated('day-1-checklist', "You were saying, the stuff I shouldn't touch in my first couple of weeks.")).toEqual([]);
  });

  test('"you need the group that gives you ... read-only in prod" is access, not a safe first action', () => {
    const access = 'You need the data platform group in our SSO that gives you operator in dev and read-only in prod and write on the infra repo';
    expect(stated('day-1-checklist', access)).toEqual(['access']);
    expect(stated('day-1-checklist', 'Start with read-only queries in prod, nothing else.')).toContain('safe-actions');
  });

  test('"there are freeze periods but katrin will send you that" names no period', () => {
    expect(stated('bad-windows', 'there are freeze periods but katrin will send you that she has the calendar with all the dates')).toEqual([]);
    expect(stated('bad-windows', 'There are freeze periods at month end and in the last week of December, no deploys then.')).toContain('avoid-period');
  });

  test('raw "whom should i call" and "how we will know the handover is complete" ask', () => {
    expect(stated('ownership-escalation', 'and suppose it breaks at night whom should i call')).toEqual([]);
    expect(stated('completion-check', 'how we will know the handover is complete')).toEqual([]);
    expect(stated('completion-check', 'and how we know the handover is complete good question never really worked that out ask nadia')).toEqual([]);
    expect(stated('completion-check', 'The handover is complete when you have done a release on your own.')).toContain('criteria');
  });

  test('"ive never asked anyone" names no approver; "nadia said shed sort that out with you next week" gives no plan', () => {
    expect(stated('danger-zones', 'honestly ive never asked anyone i just didnt touch them')).not.toContain('approver');
    expect(stated('first-30-days', 'and my first month nadia said shed sort that out with you next week')).toEqual([]);
    expect(stated('first-30-days', 'In your first month, week one you shadow me and week two you deploy.')).toContain('weekly-plan');
  });

  test('"eh, the business, the usual people" names no approver', () => {
    const asked = 'Who has to approve a change to the value mapping?';
    expect(statusOf('danger-zones', [asked, 'Eh, the business, the usual people.']).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [asked, 'Giulia in sales operations, always in writing.']).missing).not.toContain('Who must approve');
  });
});

describe("round 32's falsely covered sections", () => {
  test('"I don\'t know exactly what" Bram did is no fix', () => {
    expect(stated('common-failures', "The fix, ehm, last time Bram did something in the Apple developer portal, I don't know exactly what, it's on my list to find out.")).not.toContain('fix');
    expect(stated('common-failures', 'The fix is to upload the new certificate in the Apple developer portal and redeploy.')).toContain('fix');
  });

  test('"I\'ll come back to you on that one" and "we do the environments later" put the field off', () => {
    expect(stated('day-1-checklist', "Herh, safe, let me think, eh, I'll come back to you on that one, by all means remind me.")).toEqual([]);
    expect(stated('system-overview', 'Perfect timing, we do the environments later.')).not.toContain('environments');
    expect(stated('system-overview', 'We have dev, staging and prod, each in its own project.')).toContain('environments');
  });

  test('"no formal out-of-hours arrangement" is no escalation path', () => {
    expect(stated('ownership-escalation', "There's no formal out-of-hours arrangement for Beacon at the moment, it's something we'd want to pick up through the on-call review.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'Out of hours it goes to the on-call through PagerDuty, then to Philippa after thirty minutes.')).toContain('escalation-path');
  });

  test('"we wing it, there is no calendar, nobody ever set one" names no bad window', () => {
    expect(stated('bad-windows', 'a freeze honestly we wing it there is no calendar nobody ever set one')).toEqual([]);
    expect(stated('bad-windows', 'the freeze calendar has month end and the two weeks around christmas no changes then')).toContain('avoid-period');
  });
});

describe('fields answered to a question said in other words', () => {
  test('"who\'s actually on it day to day?" asks who uses it, and the answer gives them', () => {
    const asked = "And who's actually on it day to day, just the programmers?";
    const answer = "No, it's everybody, the three hundred developers for their pull requests, QA who take the nightly builds, and the release team who make the builds for the publisher.";
    expect(statusOf('system-overview', [asked, answer]).missing).not.toContain('Who uses it');
    expect(statusOf('system-overview', [asked, 'Good question, let me think about the pipeline first.']).missing).toContain('Who uses it');
  });
});

describe('an answer after holding the floor, and an aside put off in raw speech', () => {
  test('"yeah nah" only holds the floor: the same speaker\'s next sentence is the answer', () => {
    const asked = 'and environments is it only production';
    const unknown = 'honestly i couldnt tell you how many there are now hemi set some up back in the day';
    expect(statusOf('system-overview', [asked, 'yeah nah', unknown]).missing).toContain('Environments');
    expect(statusOf('system-overview', [asked, 'yeah nah', 'there is dev staging and prod each in its own account']).missing).not.toContain('Environments');
  });

  test('"i will tell you later why" puts off the story of the name, not what is said after it', () => {
    const raw = 'everybody here calls it fusy i will tell you later why and it is dbt cloud on snowflake and it builds the marketing attribution and the customer lifetime value models';
    expect(stated('system-overview', raw)).toContain('purpose');
    expect(stated('system-overview', 'what it does i will tell you later')).not.toContain('purpose');
  });
});

describe("round 34's falsely covered sections", () => {
  test('"that\'s in the wiki as well" and "someone senior" name no approver', () => {
    const zone = ['Never touch the prod service connection.', 'If you change it every deploy to prod fails.', 'And if I need to change one, who signs off?'];
    expect(statusOf('danger-zones', [...zone, 'yeah thats in the wiki as well']).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...zone, "Someone senior, same thing, you'll see the email when it's needed."]).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...zone, 'Bec signs it off, nobody else.']).missing).not.toContain('Who must approve');
  });

  test('the approvals as the thing not to touch are no approver', () => {
    expect(stated('danger-zones', 'and the approvals and checks on the prod environment dont edit them because thats our audit trail')).not.toContain('approver');
    expect(stated('danger-zones', 'Any change to the prod environment needs approval from the change board.')).toContain('approver');
  });

  test('an escalation policy whose levels are not remembered, or a matrix being redone, is no escalation path', () => {
    expect(stated('ownership-escalation', "There's an escalation policy in PagerDuty, I honestly don't remember the levels, it's all in Confluence somewhere.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', "Escalation matrix we are redoing this quarter, don't take the old one from the wiki, I'll tell you once it's final.")).not.toContain('escalation-path');
    expect(stated('ownership-escalation', 'Escalation goes through PagerDuty to the on-call, then to Renee after thirty minutes.')).toContain('escalation-path');
  });

  test('a plan for weeks one and two, then "we\'ll see" or an unanswered "and weeks three and four?", is a plan in part', () => {
    const twoWeeks = ['Week one, just shadow me on the rehearsal.', 'Week two, you run the rehearsal yourself and I watch.'];
    expect(statusOf('first-30-days', [...twoWeeks, 'After that, we will see, depending on how the prod date goes.']).status).toBe('partial');
    expect(statusOf('first-30-days', [...twoWeeks, 'And week three and four?']).status).toBe('partial');
    expect(statusOf('first-30-days', [...twoWeeks, 'Week three you take the on-call alone, and week four you do the upgrade.']).status).toBe('covered');
  });
});

describe("round 33's falsely covered sections", () => {
  test('raw speech cut into a bare topic, "after hours", then "honestly i dont know", gives no escalation path', () => {
    expect(statusOf('ownership-escalation', ['after hours', 'honestly i dont know', 'whats going to happen because the pager was kind of just me']).missing).toContain('Escalation channel or path');
    expect(statusOf('ownership-escalation', ['after hours', 'it goes to the on-call in pagerduty and then to aroha']).missing).not.toContain('Escalation channel or path');
    // a short statement is no bare topic: what follows does not take it back
    expect(statusOf('danger-zones', ['Never edit the mapping table.', 'It breaks every invoice.', 'Bec approves.', "Honestly I don't know about the rest."]).missing).not.toContain('Who must approve');
  });

  test('"after that she is going to sort out the rest with you" leaves the plan in part', () => {
    const weeks = ['first week just shadow me and read the design page'];
    expect(statusOf('first-30-days', [...weeks, 'second week you pick up the alloy migration with me watching after that aroha said shes going to sort out the rest with you']).status).toBe('partial');
    expect(statusOf('first-30-days', [...weeks, 'second week you pick up the alloy migration with me watching', 'after that you own it']).status).toBe('covered');
  });

  test('"only with credit notes" names no approver; "only with Maria\'s okay" does', () => {
    expect(stated('danger-zones', 'because if the tax registration changes every invoice after that is wrong and you cannot fix a finalised invoice only with credit notes')).not.toContain('approver');
    expect(stated('danger-zones', "Change it only with Maria's okay.")).toContain('approver');
  });

  test('"we\'d figure it out when it comes" and "we never found out how it happens" give nothing', () => {
    const zone = ["Don't touch the SSL mode in Cloudflare.", 'And who must approve if I have to change one of them?'];
    expect(statusOf('danger-zones', [...zone, "Hmm, probably me, or the CISO, for the CA maybe security, we'd figure it out when it comes."]).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...zone, 'The CISO, Petra Vogel, signs every change there.']).missing).not.toContain('Who must approve');
    expect(stated('common-failures', 'pure mystery to be honest we never found out how it happens')).not.toContain('cause');
  });
});

describe('business impact said as worth, lost production, where the money is, or asked as the damage', () => {
  test.each([
    'The service contracts are worth about six hundred and forty thousand a year, which is most of the company really.',
    'A cancelled blast is maybe twenty thousand pound of lost production because the crusher runs out of rock.',
    "Kettle's the recipe app, and the money is Kettle Plus, the subscription people buy inside the app.",
    'If we are down more than thirty minutes compliance has to send an incident report to the central bank.',
  ])('%s', (sentence) => {
    expect(stated('system-overview', sentence)).toContain('business-impact');
  });

  test('"what does that cost us?" and "what\'s the damage?" are answered by the business impact', () => {
    for (const asked of ['And if online banking goes down, what does that cost us?', "And say it went down, what's the damage, in money or whatever?"]) {
      expect(statusOf('system-overview', [asked, 'The call center gets buried and members start posting on Facebook.']).missing).not.toContain('Business impact');
    }
    expect(stated('system-overview', 'It is worth checking the dashboards every day.')).not.toContain('business-impact');
  });
});

describe("round 35's overviews", () => {
  test('"it\'s the integration from Workday to our payroll bureau" says what it does', () => {
    expect(stated('system-overview', "The thing is called the Loonbrug, it's the integration from Workday HCM to our payroll bureau.")).toContain('purpose');
    expect(stated('system-overview', "It's the integration team that looks after it.")).not.toContain('purpose');
  });

  test('"the app is our biggest channel, more than half of the orders" is the business impact', () => {
    expect(stated('system-overview', 'how can i say the app is our biggest channel more than half of the orders use the app now')).toContain('business-impact');
  });
});

describe('a bare yes or no to "who ..."', () => {
  test('names nobody', () => {
    const zone = ['Never edit the mapping table.', 'It breaks every invoice.', 'Who approves a change to the mapping?'];
    for (const reply of ['No.', 'Yeah.']) expect(statusOf('danger-zones', [...zone, reply]).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...zone, 'Priya does.']).missing).not.toContain('Who must approve');
  });
});

describe("round 36's falsely covered sections", () => {
  test('a month planned only for its first fortnight, or with the rest left to someone to plan, is said in part', () => {
    const fortnight = ['In the first week you sit with me and do the import check every morning.', 'In the second week you take the on-call shift with me as backup.'];
    expect(statusOf('first-30-days', fortnight).status).toBe('partial');
    expect(statusOf('first-30-days', [...fortnight, 'After this, honestly, we have not planned more, we will see with Andreas.']).status).toBe('partial');
    expect(statusOf('first-30-days', [...fortnight, 'In the last week you run the release on your own.']).status).toBe('covered');
    expect(statusOf('first-30-days', [...fortnight, 'For the remaining weeks you lead the deploys.']).status).toBe('covered');
    const raw = ['first week you shadow me on every page even at night', 'second week you are primary on call and i am your secondary'];
    expect(statusOf('first-30-days', [...raw, 'after that ehn i will be gone so emeka go plan the rest with you']).status).toBe('partial');
    expect(statusOf('first-30-days', [...raw, 'after that you carry the pager alone']).status).toBe('covered');
  });

  test('"and the fix for that", cut from a reply that does not remember it, names the topic and gives no fix', () => {
    expect(stated('common-failures', 'And the fix for that')).toEqual([]);
    expect(stated('common-failures', 'And the fix for that is a redrive from the SQS console')).toContain('fix');
  });
});

describe('a statement put as a question', () => {
  const users = 'So the users are the tenants, the housing officers and the contractors?';
  test('is said once the other speaker agrees to it', () => {
    expect(statusOf('system-overview', [users, "Yeah, that's it."]).missing).not.toContain('Who uses it');
    expect(statusOf('system-overview', [users, 'And the call centre.']).missing).not.toContain('Who uses it');
  });

  test('says nothing when the reply does not agree, or when it asks about the handover itself', () => {
    expect(statusOf('system-overview', [users, 'Hmm, not sure.']).missing).toContain('Who uses it');
    expect(statusOf('system-overview', [users]).missing).toContain('Who uses it');
    expect(statusOf('bad-windows', ['So Friday is really your last day?', 'Yep.']).status).toBe('missing');
  });
});

describe('asked outright and not known', () => {
  test('what was said of it before did not answer it either', () => {
    const before = ['Day to day you go to Priya.'];
    expect(statusOf('ownership-escalation', before).missing).not.toContain('Whom to contact');
    const asked = [...before, 'Who do I escalate to?', "Honestly, since Dave left I don't know who it is now, let me check."];
    expect(statusOf('ownership-escalation', asked).missing).toContain('Whom to contact');
  });

  test('but a narrower question, or one for more, leaves what was said', () => {
    const contact = ["For anything about bookings, it's Trish, she's who you go to."];
    const night = [...contact, 'And at night, if something breaks, who do I call?', "At the moment they ring my mobile, after Friday I don't know."];
    expect(statusOf('ownership-escalation', night).missing).not.toContain('Whom to contact');
  });
});

describe("round 37's falsely covered sections", () => {
  test('a page on the wiki, whatever it holds, is a pointer, not the path', () => {
    expect(stated('ownership-escalation', 'theres an escalation page on the wiki with the on-call rota')).toEqual([]);
    expect(stated('architecture-reference', 'there is an architecture page in Confluence, the link is https://wiki.example.com/faro')).toContain('architecture-link');
  });

  test('"after that, on verra, it depends of the project" leaves the plan in part', () => {
    const weeks = ['Week one, you read the repo and you shadow me on the morning checks.', 'Week two, you do a small change yourself with me watching the apply.'];
    expect(statusOf('first-30-days', [...weeks, 'After that, honestly, on verra, it depends of the actuarial project and when I leave.']).status).toBe('partial');
  });

  test('"it used to be Riaan, but Riaan left and I\'m not sure who it sits with now" names no approver', () => {
    const zone = ['dont touch the prod node pool', 'if you break it nobody can deploy', 'who approves changes to it'];
    const reply = 'it used to be riaan and the security architect together but riaan left and im not sure who it sits with now';
    expect(statusOf('danger-zones', [...zone, reply]).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...zone, 'riaan and the security architect together']).missing).not.toContain('Who must approve');
  });
});

describe('an escalation path said to be unknown', () => {
  const team = ["It's the card disputes platform team under Helen.", 'Day to day you go to Priya.'];
  const passing = 'Alerts go to PagerDuty for whoever is on call.';
  const unknown = 'Escalation path, I am not sure, the matrix is getting changed, I will revert back on that.';
  test('undoes what was said of it before in passing', () => {
    expect(statusOf('ownership-escalation', [...team, passing]).status).toBe('covered');
    expect(statusOf('ownership-escalation', [...team, passing, unknown]).missing).toContain('Escalation channel or path');
  });

  test('or disowned, likewise', () => {
    const disowned = "Honestly, nobody really, if PagerDuty itself goes down we'd probably find out on Twitter.";
    expect(statusOf('ownership-escalation', [...team, passing, disowned]).missing).toContain('Escalation channel or path');
  });

  test('but not what is said after it', () => {
    expect(statusOf('ownership-escalation', [...team, unknown, 'Oh wait, it goes to the duty manager, then to Helen.']).status).toBe('covered');
  });
});

describe('who decides, asked in raw speech or handed to no one', () => {
  test('"and who can approve if i really need to change one of those" asks, however long', () => {
    expect(statusOf('danger-zones', ['never change the mapping table', 'it breaks every invoice', 'and who can approve if i really need to change one of those']).missing).toContain('Who must approve');
  });

  test('"that used to be the finance systems manager but she left and nobody has taken it" names no approver', () => {
    expect(stated('danger-zones', 'that used to be the finance systems manager but she left in march and nobody has taken it over')).not.toContain('approver');
    expect(stated('danger-zones', 'that is the finance systems manager, she approves any change')).toContain('approver');
  });
});

describe("round 39's misread sections", () => {
  test('raw "handing the jannie over to kirsty baird and well put a date on it when ailsa signs it off" names both owners, no date', () => {
    const said = 'right for the recording this is euan mackay handing the jannie over to kirsty baird and well put a date on it when ailsa signs it off';
    expect(statusOf('sign-off', [said])).toEqual({ status: 'partial', missing: ['Sign-off date'] });
  });

  test('"who officially owns it after you go" asks for the owning team; a team since folded away answers nothing', () => {
    const asked = 'Who officially owns dromos after you go';
    expect(statusOf('ownership-escalation', [asked, 'The research computing team it is four people with you under fiona mackay']).missing).not.toContain('Owning team');
    expect(statusOf('ownership-escalation', ['who actually owns billing now', 'it was on the revenue engineering team but that team got folded in the reorg']).missing).toContain('Owning team');
  });

  test('"people just ask me and I say yes or no" names no approver but the outgoing owner; "number one, the X table" names what not to touch', () => {
    const asked = 'and who can approve if i really need to change one of those';
    expect(statusOf('danger-zones', [asked, 'honestly thats tribal nobody wrote it people just ask me and i say yes or no']).missing).toContain('Who must approve');
    expect(stated('danger-zones', 'Number one, the safety stock parameters table in Azure SQL, the min and max per product per store.')).toContain('do-not-touch');
  });

  test('one week planned and the rest said to be unplanned is said in part; the one week alone is still no plan', () => {
    const week = 'the first week you arrange the access you do the morning checks with me and you go one morning to the hall';
    expect(statusOf('first-30-days', [week, 'after that honestly we did not make a plan femke wanted to do that with you herself']).status).toBe('partial');
    expect(statusOf('first-30-days', [week]).status).toBe('missing');
  });

  test('"what should I not do yet" asks for the actions to leave alone: the answer gives them only by saying no, not or wait', () => {
    const asked = 'and what should i not do yet';
    expect(stated('day-1-checklist', asked)).toEqual([]);
    expect(statusOf('day-1-checklist', [asked, 'no deploy to production on your own']).missing).not.toContain('Actions not to take yet');
    expect(statusOf('day-1-checklist', ['And what should I not do yet?', "Just use your head, you'll know."]).missing).toContain('Actions not to take yet');
  });

  test('"every auction day from half five until the last clock closes" answers when not to change things', () => {
    const asked = 'so when must i not change anything';
    expect(statusOf('bad-windows', [asked, 'every auction day from half five when the clocks are loaded until the last clock is closed']).status).toBe('covered');
    expect(statusOf('bad-windows', [asked, 'good question, honestly i would have to check']).status).toBe('missing');
  });

  test('raw "i was going to ask how we know when the handover is done" asks; "let me confirm with Mrs Adeyemi first" gives no path', () => {
    expect(stated('completion-check', 'i was going to ask how we know when the handover is done')).toEqual([]);
    expect(stated('completion-check', 'I was going to say, it is done when you have run a release on your own.')).toContain('criteria');
    expect(
      statusOf('ownership-escalation', [
        'Okada belongs to the Cloud Platform team, under Mrs Bukola Adeyemi.',
        'The escalation path, I\'m coming to that, let me confirm with Mrs Adeyemi first because she was changing the rota, I\'ll tell you next week.',
      ]).missing,
    ).toContain('Escalation channel or path');
  });

  test('"we only do prod Tuesday to Thursday" is a window, "you merge in main ... it deploys on staging" the steps, "you do Heroku rollback on the production app" the action', () => {
    expect(stated('deployment-rollback', "We only do prod Tuesday to Thursday, between ten and one, so never on a Friday.")).toContain('deploy-window');
    expect(stated('deployment-rollback', "You merge in main on GitHub, GitHub Actions runs the tests, and if it's green it deploys on staging automatically.")).toContain('deploy-steps');
    expect(stated('deployment-rollback', 'If Sentry is full of errors, you do Heroku rollback on the production app, it goes back to the release before.')).toContain('rollback-action');
    expect(stated('deployment-rollback', 'We only do the standup on Tuesday.')).not.toContain('deploy-window');
  });

  test('"comes to me first" and "needs the chief risk officer" name who approves a dangerous change; "goes through staging first" does not', () => {
    expect(
      stated('danger-zones', 'Any change to the identity matching comes to me first, and anything to do with the archive needs the chief risk officer as well.'),
    ).toContain('approver');
    expect(stated('danger-zones', 'Every change goes through staging first.')).not.toContain('approver');
  });

  test('raw "another day when shes around ... the races in july" sets no sign-off date', () => {
    expect(stated('sign-off', 'another day when shes around and listen come down for the races in july')).toEqual([]);
    expect(stated('sign-off', 'we sign it off on the fourteenth of july')).toContain('date');
  });

  test('"hold bay is the seller payout fraud hold review queue" and "chartwala is basically our internal helm chart release platform" say what it does; "the database is a postgres cluster" does not', () => {
    expect(stated('system-overview', 'ok so hold bay is the seller payout fraud hold review queue')).toContain('purpose');
    expect(stated('system-overview', 'so chartwala is basically our internal helm chart release platform for the lending app')).toContain('purpose');
    expect(stated('system-overview', 'the rice cooker is our ml training platform')).toContain('purpose');
    expect(stated('system-overview', 'the database is a postgres cluster')).not.toContain('purpose');
  });

  test('raw "who is reading all this" asks who uses it, and the teams that answer are its users', () => {
    expect(
      statusOf('system-overview', ['okay and who is reading all this', 'performance marketing team and crm team they open the dashboards in tableau every morning at eight oclock']).missing,
    ).not.toContain('Who uses it');
  });

  test('danger zones counted out ("two things, the redaction profiles and ...", "the second is the default route ...", "first, the index templates") name what not to touch', () => {
    expect(stated('danger-zones', 'Two things, the redaction profiles and the certification page template.')).toContain('do-not-touch');
    expect(stated('danger-zones', 'The second is the default route in every spoke route table.')).toContain('do-not-touch');
    expect(stated('danger-zones', 'First, the index templates and mappings, every mapping change is a full reindex.')).toContain('do-not-touch');
    expect(stated('danger-zones', 'The first time I saw it I was scared.')).not.toContain('do-not-touch');
  });

  test('"I would rather not answer that from memory, I shall confirm it with the Head of Compliance" names no approver', () => {
    const lines = ['The first is the duty rate tables, never touch them, because an error under-declares the duty.', 'Who has to approve a change there?'];
    const reply =
      'I would rather not answer that from memory, as I believe it differs between the rate tables and the override, so I shall confirm it with the Head of Compliance and write to you before I leave.';
    expect(statusOf('danger-zones', [...lines, reply]).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [...lines, 'The Head of Compliance, in writing.']).missing).not.toContain('Who must approve');
  });

  test('"officially there is no team for it yet" names no owning team, even as the reply to "who owns the system"', () => {
    const reply = 'jein that is not so clear the it in munich says it is a plant system and the plant management says it is an it system so officially there is no team for it yet';
    expect(statusOf('ownership-escalation', ['who owns the system when you are in munich', reply]).missing).toContain('Owning team');
    expect(statusOf('ownership-escalation', ['who owns the system when you are in munich', 'the plant it team owns it']).missing).not.toContain('Owning team');
    expect(statusOf('ownership-escalation', ['who owns the system when you are in munich', 'jein that is not so clear the it in munich says it is a plant system']).missing).toContain(
      'Owning team',
    );
  });

  test('a past approver ("before it was the finance director i think", "last time it was Jason, but he left, so now I also not sure") is none now', () => {
    const zone = 'Never delete items in the idempotency table, because it stops double refunds.';
    expect(statusOf('danger-zones', [zone, 'So who approves a change there?', 'Last time it was Jason from risk, but he left already in August, so now, I also not sure lah.']).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [zone, 'and who approves a change there', 'before it was the finance director i think']).missing).toContain('Who must approve');
    expect(statusOf('danger-zones', [zone, 'So who approves a change there?', 'Before it was Jason, now it is Priya from risk.']).missing).not.toContain('Who must approve');
  });

  test('"hmm no wait ... i am not sure anymore what is there now" takes back the environments just listed', () => {
    const asked = ['and which environments do we have', 'there is dev and test and prod'];
    expect(statusOf('system-overview', [...asked, 'hmm no wait i think marek deleted one in the summer i am not sure anymore what is there now']).missing).toContain('Environments');
    expect(statusOf('system-overview', [...asked, 'and the prod one is in azure west europe']).missing).not.toContain('Environments');
  });

  test('"marek does it with you on monday" puts the access off; "after that I hadn\'t got that far" leaves the month unplanned', () => {
    expect(stated('day-1-checklist', 'and the access what i need on day one marek does it with you on monday he knows the groups')).toEqual([]);
    const weeks = ["Week one, you shadow the huddles and sit with the coordinators.", 'Week two, you do a test and a pre-prod deploy with me watching.'];
    expect(statusOf('first-30-days', [...weeks, "After that, honestly, I hadn't got that far, Gary wanted to sort the rest out with you."]).status).toBe('partial');
  });

  test('asked after the rollback "how long does that take?", asked "what do I check before I approve?" and "and after it goes out?", the replies give the fields', () => {
    const rollback = 'Rollback is re-run the last green prod deploy in GitHub Actions on the previous commit, Rajesh approves it.';
    expect(statusOf('deployment-rollback', [rollback, 'How long does that take?', 'About fifteen minutes, most of the time is the CDK deploy waiting for CloudFormation.']).missing).not.toContain(
      'Expected rollback time',
    );
    expect(statusOf('deployment-rollback', ['And how long does a rollback take, roughly?', "Thirty seconds, it's very fast."]).missing).not.toContain('Expected rollback time');
    expect(statusOf('deployment-rollback', ['you merge and it deploys to staging', 'How long does that take?', 'About fifteen minutes.']).missing).toContain('Expected rollback time');
    expect(
      statusOf('deployment-rollback', ['What do I check before I approve?', 'Check the CDK diff does not replace the state machine, and the staging end-to-end refund must be green.']).missing,
    ).not.toContain('Pre-deployment checks');
    expect(
      statusOf('deployment-rollback', ['And after it goes out?', 'You do a one dollar canary refund on the test merchant, and watch the failed executions alarm in CloudWatch for thirty minutes.']).missing,
    ).not.toContain('Post-deployment validation');
  });

  test('raw rollback, escalation and first-day talk of the tea weighbridge and the press line give their fields', () => {
    expect(stated('deployment-rollback', 'you run the rollback job in jenkins and pick the previous build and it takes about fifteen minutes')).toContain('rollback-action');
    expect(stated('deployment-rollback', 'for rollback you call mr rotich the ict manager and he says yes on the phone even at night')).toContain('rollback-approver');
    expect(stated('ownership-escalation', 'if nobody fixes it in one hour the officer calls you and if you do not pick he calls mr rotich')).toContain('escalation-path');
    expect(stated('ownership-escalation', 'the clerks call the factory ict officer first and he posts in the mizani support whatsapp group')).toContain('escalation-path');
    expect(
      statusOf('day-1-checklist', ['and what can i do without breaking something', 'look at the dashboards and read the flows there you cannot break anything on the test stack']).missing,
    ).not.toContain('Safe first actions');
    expect(statusOf('sign-off', ['and do we have to sign something', 'there is a handover form but that', 'we do on friday with josef']).status).toBe('missing');
    expect(stated('deployment-rollback', 'we do on tuesday or wednesday between ten and two after the morning peak')).toContain('deploy-window');
    expect(stated('system-overview', 'Mudança is the program to take the nine hundred repositories of the bank out of Bitbucket Server.')).toContain('purpose');
  });

  test('round 42: Scots "naebody", "I\'m making it up", a task waiting to be accepted, "now I don\'t know who decides", "you will see it with Camille" and "the gateways are read only" give nothing', () => {
    const page = "There's a design page, if you type go slash pay packet design in your browser it takes you straight there.";
    expect(statusOf('architecture-reference', [page, 'Has anyone else checked it?', "Honestly, no, naebody's checked it but me."]).missing).toContain('Who verified it');
    const time = ['Morag approves a rollback.', 'And how long does it take?', "I'd say twenty minutes, maybe."];
    expect(statusOf('deployment-rollback', [...time, "Och, naw, dinnae write that down, I've never actually timed it, I'm making it up."]).missing).toContain('Expected rollback time');
    expect(statusOf('deployment-rollback', [...time, 'We did one in March and that was about right.']).missing).not.toContain('Expected rollback time');
    expect(stated('open-responsibilities', 'third the power bi report for the shift change is finished and waiting for ricardo to accept it')).not.toContain('acceptance-rule');
    const zone = 'The first, never delete the user federation of LDAP, because Keycloak deletes all the users.';
    const gone = 'Before it was Javier Ortega, the head of systems, but he went to the Rectorado in January, and now, bueno, honestly I don\'t know who decides this.';
    expect(statusOf('danger-zones', [zone, 'And who approves changes there?', gone]).missing).toContain('Who must approve');
    const weeks = ["Week one, you shadow me and the on-call, you don't merge.", 'Week two, you do a real change yourself on staging.'];
    expect(statusOf('first-30-days', [...weeks, 'After, honestly, I will be gone, so you will see it with Camille.']).status).toBe('partial');
    expect(stated('day-1-checklist', 'the gateways are read only we never write to a plc')).not.toContain('safe-actions');
  });

  test('"you need the go of Camille" approves, "before, you run helm template and otelcol validate" checks, Scots "dinnae ever touch" is not to touch', () => {
    expect(stated('danger-zones', 'For these three things, you need the go of Camille, the head of SRE, before you merge.')).toContain('approver');
    expect(stated('deployment-rollback', 'Before, you run helm template and otelcol validate on the rendered config in the pipeline.')).toContain('pre-checks');
    expect(stated('danger-zones', 'Dinnae ever touch our PGP private key in Key Vault.')).toContain('do-not-touch');
  });

  test('"I don\'t know, I\'ve never really thought about it" answers nothing', () => {
    const lines = ["And have a look round the Splunk dashboards, you cannae break anything by looking.", 'And is there anything I should not touch in the first days?'];
    expect(statusOf('day-1-checklist', [...lines, "Och, I don't know, I've never really thought about it, just use your common sense, I suppose."]).missing).toContain('Actions not to take yet');
    expect(statusOf('day-1-checklist', [...lines, "Don't touch the payment file in your first week."]).missing).not.toContain('Actions not to take yet');
  });
});

