<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Void receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3, paid by %4 (%5). Refunded so far: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding pays the whole amount back the way it was paid and cancels the receipt. Only payments of today, before the day is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund pays part or all of the amount back the way it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason; it is kept with the record for the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void receipt %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 of receipt %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void (needs approval)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (needs approval)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>HallDesk must stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2 The approver is recorded with the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver&apos;s staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRule</name>
    <message>
        <source>Another supervisor or an administrator approves this with their own staff number and password; you cannot approve your own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves this with their own staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallAnnouncer</name>
    <message>
        <source>Number %1, please come to window %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <source>Please wait for your number to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please come to window %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <source>Ticket %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket / case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Show finished callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue callbacks are shown in red: a bad rating is to be called back within one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a callback from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 on %2, served by staff no. %3 at window %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached last time: try again from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached (attempt %1). Try again from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>Problem solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained, customer accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still dissatisfied, passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad rating (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingStrip</name>
    <message>
        <source>Take over window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rating pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at a window, or take one over from &quot;More&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 works window %2 today. Take it over from &quot;More&quot; if you are covering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Called %1 to window %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called %1 again (%n calls).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not come. Call the next one with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now waits for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now waits for window %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is parked. Resume it when the customer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service of %1 ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service of %1 ended (cases %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now work window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (called at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other window of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ticket %1 as &quot;did not come&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket leaves the queue: if the customer comes after all, they take a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it at the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By letter or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (one-time notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from %1, approved by %2: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further steps: the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept case %1 for %2. It is to be completed by %3 (%4); the acceptance receipt is printed next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials brought now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything the applicant still has to bring. All of it goes into ONE one-time notice, printed next; nothing may be asked for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything not in the list, e.g. a certificate of the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant receives the reason in writing (notice of refusal, printed next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the applicant&apos;s household is not registered in this town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the case to the higher level that decides it. The letter of agency is printed next for the applicant to sign; paper originals follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County government service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the result of case %1 today: on time (due %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the result of case %1 today: LATE, it was due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the result reach the applicant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case may be extended once, with a supervisor&apos;s approval. The applicant is told the reason and the new date (notice of extension, printed next). Now due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. an on-site inspection by the county office is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason; the applicant receives it in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extend case %1 by %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A leader takes up the %1 and decides who handles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand it to the section that deals with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the section find and do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer given to the person (reply due %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rating pad to the applicant: one rating per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment (&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating pad (&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Acceptance receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries and complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application has been accepted. The result will be ready by %1 at the latest. Keep this receipt and quote the case number %2 when you ask about progress or collect the result at window %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by (staff no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your application for %2 (case no. %3) cannot be accepted yet because materials are missing. Under the one-time notification rule, everything you still need to bring is listed here at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring all of the above to window %1. The application is accepted once they are complete; nothing beyond this list will be asked of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified by (staff no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your application for %2 (case no. %3), registered on %4, is not accepted, for this reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may raise it through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (staff no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal (applicant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, handled by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal authorises the agent to apply on their behalf to %1 for %2, to hand over the materials listed above and to receive the decision. The authority runs from %3 until the matter is concluded. Paper originals follow separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s seal and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your application for %2 (case no. %3), accepted on %4, was to be completed by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With the approval of %1, the time limit is extended by %n working day(s); the matter will now be completed by %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is the only extension of this matter. We apologise for the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed %2 · staff no. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHistoryModel</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved for handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came %1 to window %2; first responder %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reply due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (%n working day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) more, now due %1; approved by %2; reason: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (after the due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>New case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case, complaint or petition (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved for handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to a higher level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <source>Open shift...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the 80 mm roll...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On A4...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PDF (80 mm roll)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PDF (A4)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift open at window %1. Open a shift (count the float) before taking money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift of %1 is still open. Close it, then open the shift for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open at window %1 since %2 · float %3 · cash expected in the drawer %4 · bank card %5 · mobile QR %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments · collected %2 (cash %3, bank card %4, mobile QR %5) · waived %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: expected %1, counted %2, variance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of receipt %2 refunded, approved by staff no. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 voided, approved by staff no. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 sent to printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print shift slip...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashSheetDocument</name>
    <message>
        <source>Cash sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cash sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed yet: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by staff no. %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts and drawers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Print service guide...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a matter by name, code or department (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the service guide of the selected matter (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save service guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guide %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryLoadModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1: you signed in with an initial password. Choose your own password before you start work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1: change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift of staff no. %1 at window %2, opened %3. Count the drawer by denomination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float %1 · cash taken %2 · cash paid back %3 · bank card %4 · mobile QR %5 · waived %6 · %7 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00: everything is handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in the drawer for the next clerk (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the count differs from what is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You close this shift for staff no. %1, who is away: count the drawer before a witness, another staff member, and choose them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the witness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness of the count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>The customers registered last. Type or read an ID card to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 customers found: choose with the arrow keys and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered as customer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner staff may not open services: ask a clerk of the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: nothing more can be changed. Choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, mobile, customer no. or name - or read the ID card (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new customer with their ID card (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the ID number %1. Press Ctrl+N to register them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;. Check what you typed, or press Ctrl+N to register a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least four digits: the last four of a mobile, or the start of an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 customers that match: type more digits to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no top-up or bill payment matter: register the case with Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Print the form (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected change&apos;s form again (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner staff may not open services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the customer&apos;s details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a service (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new line or account for this customer (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the service (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, suspend, resume, transfer, SIM, long distance, password, cancel (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case for this customer (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ID card, or type an ID number, mobile, customer number or name into the search box (Ctrl+F).

Ctrl+N registers a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up / pay a bill (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up or pay the bill of the customer&apos;s mobile: the number is filled in, type the amount, Enter registers and takes the payment (F10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCaseModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Register a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP / green channel: served first (elderly, disabled, VIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. call after 18:00; speaks the local dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, or read the ID card with the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type the number only to correct it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type a number only to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ID card in person (real-name registration). Reading the card fills the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: %1 (customer %2). Do not register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>%1, customer %2, green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print cash sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cash sheet as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cash sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business day %1 is closed. Print the cash sheet and hand the takings over with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shifts are still open: each clerk closes their shift before the day can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the figures. Closing the day locks it: nothing more can be dated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers still in the hall have been told: close the day anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) still waiting: call them or tell the customers when to come back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customers are still being served: %1. Let the windows finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) still open: each clerk counts their drawer and closes their shift; for a clerk who is away, close it here with a witness.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the shift of staff no. %1 at %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are still in the hall. Serve them or tell them when to come back, then confirm and close the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <source>Log a phone enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village, company or office (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13800138000 or 0816-5621234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at once by staff no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-inquiry responsibility: note who called and pass the matter on, or answer it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;back on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiryPage</name>
    <message>
        <source>Log phone enquiry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note down a call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters gives you its address, its CA certificate and a one-time enrolment code for this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Also trust the certificate authorities of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (.pem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the headquarters address, for example https://hq.example.cn:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrolment code headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The event log is broken at event %1. Do not change anything; keep this computer as it is and call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 already exists. Choose a new file name; an old backup is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the backup %1 could not be created. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1. Check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder. Check free disk space and permissions, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s event log is broken at event %1, so it cannot be trusted. Use another backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be moved aside. Close every HallDesk window and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1. Check the case number on the receipt slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are handled by staff signed in with their staff number. Sign in at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalogue item %1. Choose the matter from the service catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 (%2) is no longer offered. Choose a current matter from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case comes by visit, phone or letter, not &quot;%1&quot;. Choose how the applicant came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window %1. Choose one of the hall&apos;s windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required for this matter. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is not a registered customer. Look the customer up or register them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no valid branch code or device tag for case numbers. Ask the administrator to set up the terminal (halldeskctl init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be accepted: these materials are missing: %1. Give the applicant a one-time notice of missing materials instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice lists no missing materials. Tick everything the applicant still has to bring, all in one notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;. Open the case again to see its current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such customer is registered. Check what you typed, or register the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s name as on the ID document, 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID document kind &quot;%1&quot; is not known. Choose resident ID, passport or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the document number as printed on the document, 1 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address may have at most 200 characters and the notes at most 500. Shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with this ID number is already registered (customer %1). Look the customer up by ID number instead of registering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Edit a field before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a HallDesk database. Nothing was changed. Restore the latest backup with &apos;halldeskctl restore&apos;, or ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no HallDesk database at %1. Run &apos;halldeskctl init&apos; first, or check --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so nothing could be saved. Ask your IT contact for write access, or start with --data-dir and a writable folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and could not be created. Check that the disk is connected, or start with --data-dir and another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is on a network file system (%2), where the database cannot be kept safe. Choose a folder on this computer&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read. Ask your IT contact to check its permissions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 failed its integrity check (%2). Nothing was changed. Restore the latest backup with &apos;halldeskctl restore&apos;, or ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of HallDesk. Nothing was changed. Check --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of HallDesk (schema %1; this program understands up to %2). Nothing was changed. Install the newer HallDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at %1 could not be switched to write-ahead logging. Choose a data folder on this computer&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed: %3. The database was left as it was, at schema %4. Ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so this action was not saved; everything saved before it is safe. Free some disk space (or ask your IT contact), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another program. Nothing was saved; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved. Check the disk, then try again, or ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened (%1). Check that the data folder exists and is writable, or start with --data-dir and another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved. Try again; if it happens again, ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo master data is missing from this build or damaged. Rebuild HallDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch codes and device tags are 1 to 8 capital letters or digits (for example TZ01 and D1). Correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID number was entered. Type the 18 characters from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has only digits, with X allowed as the last character. Check it against the card and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number has %1 characters, but a resident ID number has 18 (15 on an old first-generation card). Check it against the card and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number begins with %1, which is not a province code. Check the first digits against the card and type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date. Check the birth date digits against the card and type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900. Check the birth date digits against the card and type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future. Check the birth date digits against the card and type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit does not match. Check the last character, and then every digit, against the card and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another HallDesk program (%2, process %3). Close it first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master data lists %1 &quot;%2&quot; twice. Ask headquarters to correct the master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window in the master data has no code or no name (&quot;%1&quot;). Ask headquarters to correct the master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item &quot;%1&quot; in the master data needs a code, a name and an amount in whole fen between 0 and 1000000000. Ask headquarters to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 has a form field &quot;%2&quot; without a key, with a repeated key, of an unknown type or a choice without options. Ask headquarters to correct the item&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue item in the master data has no code or no name (&quot;%1&quot;). Ask headquarters to correct the master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 has the handling mode &quot;%2&quot;; it must be immediate, commitment or forward. Ask headquarters to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 has the time limit &quot;%2&quot;; it must be a whole number of working days from 0 to 3650. Ask headquarters to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 is served at window %2, which the master data does not list. Ask headquarters to add the window or correct the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 charges fee %2, which is not a published fee item. Ask headquarters to add the fee item or correct the catalogue item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar in the master data has an entry &quot;%1&quot; (%2) that is not a date YYYY-MM-DD marked holiday or workday. Ask headquarters to correct the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master data has no valid version number. Fetch it from headquarters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This master data is for branch %1, but this terminal belongs to branch %2. Import the master data of branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data version %1 is not newer than the version already applied (%2). Fetch the current master data from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalogue item %1. Check the code, or update the master data from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mobile number was entered. Type the 11 digits of the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number &quot;%1&quot; contains characters other than digits. Type only the 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number has %1 digits, but a mobile number has 11. Check it with the customer and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number %1 does not begin like a mainland mobile number (13 to 19). Check it with the customer and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is above the limit of ¥10,000,000.00 for a single amount. Check the number of digits and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount was entered. Type the amount in yuan, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; contains characters that are not part of a number. Type only digits and a decimal point, for example 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has no digits. Type the amount in yuan, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than one decimal point. Keep only the point before the jiao and fen, for example 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commas in the amount &quot;%1&quot; are not thousands separators. Leave the commas out, for example 1234567.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals. Amounts are in yuan with at most jiao and fen; type it again, for example 12.35.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative. Type the amount without a minus sign; refunds and corrections have their own actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times %2 comes to more than ¥10,000,000.00 for one line. Check the quantity and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least 8 characters long and contain both letters and digits. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain your staff number. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in with your staff number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff %1 (%2) may not do this. Ask a staff member with the right role, such as a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff number or the password is wrong. Check both and try again; after 5 failures the account is locked for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with number %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask your administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords. Try again after %2, or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff number is 3 to 12 letters or digits (for example 1001 or TZ0102). Correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number %1 is already taken. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headquarters address must look like https://hq.example.cn:8443. Check what headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters must be reached over https. Use the https address headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrolment code headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is already enrolled with headquarters. It cannot be enrolled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters refused the enrolment code: it is wrong or already used. Ask headquarters for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 could not be trusted (%2). Check the address and the CA certificate file from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters at %1 could not be reached or did not accept the enrolment (%2). Check the network and the address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate could not be saved in the data folder. Check free disk space, then enrol again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check the path you were given by headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Ask headquarters for their CA certificate (.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters refused the data (HTTP %1, %2). Synchronisation continues later; if this repeats, tell your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headquarters server could not be trusted (%1). Check the HQ address and certificate file with your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1). Work goes on offline; everything is sent when the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters no longer accepts this terminal (HTTP %1). Ask headquarters for a new enrolment code and enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation is stopped because headquarters and this terminal disagree about the event log. Nothing is lost; call your IT contact before working on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not enrolled with headquarters yet. Enrol it with the code headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters acknowledged fewer events (%1) than it had before. Synchronisation is stopped; call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters reports that event %1 of this terminal conflicts with what it holds (%2). Synchronisation is stopped and nothing is skipped; call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters holds events up to %1 that do not match this terminal&apos;s log. Synchronisation is stopped; call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal already has staff accounts. Sign in as an administrator to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve your own request. Ask another supervisor to enter their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 (%2) may not approve this. Ask a supervisor to enter their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 still has the initial password and cannot approve until they have signed in and changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business day %1 is closed: nothing more can be recorded on it. Continue tomorrow, or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is closed by a supervisor signed in with their staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business day %1 has not ended yet: only today or an earlier day can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business day %1 was already closed by staff %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day cannot be closed while shifts are open: %1. Each clerk counts their drawer and closes their shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt %1. Check the number printed on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is taken by a staff member signed in with their staff number. Sign in at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason (at most 500 characters); it is kept with the record for the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a supervisor&apos;s approval. Ask a supervisor to enter their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment form is incomplete. Close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the payment is for: a case, a service number or a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service number. Type the phone, broadband or account number without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity %1 for fee item %2 is not possible. Type a whole number from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one fee item from the catalogue to the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt holds at most 20 fee items. Take the rest as a second payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reference of the card or QR payment (the trace or transaction number on the terminal&apos;s slip or the phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment reference: type the 4 to 40 letters and digits from the terminal&apos;s slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already taken at %1 as receipt %2. Do not take the money again: reprint that receipt if it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was refused: nothing is charged for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already paid (receipt %2, %3). Do not take the money again: reprint that receipt if it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer of this payment is not registered. Look the customer up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 (%2) for the same matter was taken at %3 but never printed. Print it from the Cash area instead of taking the money again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fee item %1 in the catalogue. Only published fee items can be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item %1 (%2) is no longer published and cannot be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item %1 (%2) is not a fee of the matter of case %3. Charge only the fees the catalogue lists for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fee items come to ¥0.00: there is nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment comes to %1, above the limit of ¥10,000,000.00 for one receipt. Check the quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer handed over %1 but %2 is due. Take the rest, or type what was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over for %2 due would mean %3 change. Check the amount typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no valid branch code or device tag for receipt numbers. Ask the administrator to set up the terminal (halldeskctl init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was already partly refunded, so it cannot be voided. Refund the rest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 belongs to business day %2, which is closed: it cannot be voided any more. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was taken on %2: only payments of today can be voided. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of ¥0.00 pays nothing back. Type the amount to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is voided: the whole amount was already paid back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is a waiver: nothing was paid, so nothing can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of receipt %2 can still be refunded (paid %3, refunded %4). Type a smaller amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts print on the 80 mm roll or on A4, not on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was already reprinted %2 times. Another reprint needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shift %1. Choose a shift from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift belongs to a staff member. Sign in with your staff number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is opened at a window. Sign in at the window where you take money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A float of %1 is more than a drawer holds (at most ¥50,000.00). Count the float again and type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window %1 in this hall. Sign in at one of the hall&apos;s windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a shift open at window %1 since %2. Close it before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 has a shift of staff %2 still open: one drawer, one shift. They close it first, or a supervisor closes it for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of %1 pieces of %2 cannot be right. Count that denomination again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 500 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift of staff %1 was already closed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the shift of staff %1. Only they or a supervisor can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot leave %1 in the drawer: only %2 was counted. Leave at most what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff %1 cannot take the drawer over: hand it to another active clerk or supervisor by their staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer holds %1 but %2 is expected (difference %3). Count again, or write what happened in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no shift open. Open your shift in the Cash area (count the float) before taking or paying back money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open shift belongs to business day %1. Close it in the Cash area and open a new shift for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no callback %1. Choose one from the list of callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is worked by staff signed in with their staff number. Sign in at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (at most 500 characters). Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the call: problem solved, explained, or still dissatisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This callback was already finished on %1. Choose an open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue category &quot;%1&quot; needs a code of 1-4 capital letters or digits, a name of at most 20 characters and a ticket prefix of 1-3 capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket prefix %1 is already used by queue category %2. Choose another prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queue category &quot;%1&quot;. Choose one of the categories the hall offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window %1 in this hall. Choose one of the hall&apos;s windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is one of the five levels, from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already rated (%2). Each service is rated once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 today. Check the number on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet. The customer rates at the end of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is being served at window %1. Call the next ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is worked by staff no. %2 (A post) and %3 (B post). Work at your own window, or ask a supervisor to cover this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 works window %2 today. Take the window over if you are covering for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window serves &quot;%1 %2&quot; at the moment. Choose another category or ask at the information desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket kind. Choose normal, VIP, elderly or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a resident ID number (18 characters) or a mobile number (11 digits), or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is registered with this ID number. Take the ticket without it; the clerk registers you at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is still at window %2. End its service, transfer it or park it before calling the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 serves no queue category, so it has nobody to call. Ask headquarters to assign its categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1 (%2). Call again when a ticket is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the ticket either to a category or to a window: choose one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already at window %1. Choose another window or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not parked at window %2. Choose one of the window&apos;s parked tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already work window %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason (at most 500 characters); the applicant receives it in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the complaint or petition is about (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the office the case is forwarded to (at most 100 characters), e.g. the county government service centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a supervisor&apos;s approval. Ask the supervisor on duty to approve it with their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is 1 to %1 working days. Enter the number of extra working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has already been extended once; a case may be extended only once. Complete it, or explain the delay to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the result reached the applicant: at the counter, by post or delivered home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not possible for a case that is &quot;%1&quot;. Open the case again to see its current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint or petition is taken up on a leader&apos;s approval. Ask the supervisor on duty to approve it with their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the section that handles it (at most 100 characters), e.g. the civil affairs office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the section found and did (at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reply given to the person (at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the reply was given: in person, by phone or by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the caller&apos;s name (at most 40 characters); ask for it if they did not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s unit is too long (at most 100 characters). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a phone number to call the person back, e.g. 13800138000 or 0816-5621234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the caller asked (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down to whom the enquiry was passed on, or that you answered it yourself (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such enquiry in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not filled in correctly: expected %2. Correct the form field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled. Compute it again when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written (%2). Choose a folder you may write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid date for the report (YYYY-MM-DD, or YYYY-MM for a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, which has not begun yet. Choose today or an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written (%2). Choose a folder you may write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: %1 of %2 rows have problems, so no customer was imported. Correct the rows listed above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check the name and that it is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not master data in JSON (%2, at byte %3). Export it again from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that begins on line %1 never ends: a closing double quote is missing. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 512 MiB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Its first line names the columns: name,id_number,phone,address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1. The first line must name the columns name,id_number,phone,address (more may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. Put a field with a comma in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vip column holds &quot;%1&quot;; write 1 or 0 (or leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ID number is on line %1 already. Keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences may have at most 200 characters. Shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 is the service change &quot;%2&quot;, which this terminal does not know. Ask headquarters to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to this kind of service (%2). Choose a change the service offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the service is &quot;%2&quot;. Check the service&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such service. Check the number, or look the customer up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service already is as requested: nothing would change. Check what the customer asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan the catalogue offers. Choose one of the listed plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service holder must be at least 16 years old. Register the service to a parent or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalogue has no item for &quot;%1&quot;. Update the master data from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile line&apos;s number has 11 digits and begins with 1. Check the number on the SIM card pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed line&apos;s number is the area code and 7 or 8 digits, for example 0816-5621234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadband account has 4 to 32 letters, digits or the signs @ . _ -. Check the account on the installation order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIM card number (ICCID) has 19 or 20 digits and begins with 8986. Type it from the card or scan its barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service password has exactly 6 digits. Let the customer type it again on the keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service password is too easy to guess (one digit repeated, or a run like 123456). Let the customer choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service password must not be part of the ID number or the last digits of the service number. Let the customer choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds 5 mobile lines, the most one ID document may hold. Cancel a line first, or register the line to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the holder&apos;s identity: type or scan the ID number, or let the holder type the service password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is not the holder&apos;s. Only the holder may change the service: ask for the holder&apos;s own ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the holder&apos;s ID card; the service password is not enough. Ask for the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service still has its initial password, which cannot prove identity. Ask for the holder&apos;s ID card; with it the holder can set their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service password is wrong. Let the holder type it again, or ask for the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not registered on this terminal. Look the customer up or register them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 already belongs to a service in use. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract ends after today and within 5 years. Check the contract&apos;s end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed reasons for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may have at most 200 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is registered with the new owner&apos;s ID number. Register the new owner first, with their ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owner is the present holder. Scan or type the new owner&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is under contract until %1 (%2). Tell the customer what the contract says about this change, and confirm to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is an on-the-spot case: it is finished the day it is accepted and cannot be extended. Complete it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are closing the shift of staff %1 for them: count the drawer before a witness and enter the witness&apos;s staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff %1 cannot witness this count: the witness is another active staff member, not you and not the shift&apos;s clerk. Enter their staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue item %1 has the number field &quot;%2&quot; with a wrong range: &quot;min&quot; and &quot;max&quot; must be numbers with min not above max, and &quot;decimals&quot; a whole number from 0 to 6. Ask headquarters to correct the item&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve your own request. Ask another supervisor or an administrator to enter their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 (%2) may not approve this. Ask another supervisor or an administrator to enter their staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer could read the data folder (%1). HallDesk has now made it readable by this account only. If someone may have copied it, tell your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder belongs to branch %1. The demo is made only in a new data folder or on the demo branch TZ01: start with --data-dir and an empty folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes the branch and needs a supervisor or an administrator. Run it at a terminal to be asked for a staff number and password, or give --admin STAFF_NO --password-fd N with the password on the first line of file descriptor N. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given, so nothing was changed. Type it when asked, or put it on the first line of the file descriptor named by --password-fd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords typed differ. Run the command again and type the same password twice. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database being replaced is damaged, so no administrator could be checked. It is kept beside the restored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from file descriptor %1 (%2). Pass the password on the first line of an open descriptor, for example --password-fd 3 3&lt; FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 (%2) is not a supervisor or an administrator and may not run this command. Ask a supervisor or an administrator to run it with their own staff number and password. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 still has the initial password. Sign in at the counter and choose a new password, then run the command again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that there is free space where it goes and in the data folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key %1 that unlocks the backup %2 is not on this computer. Restore with its key file: halldeskctl restore FILE --key-file KEY (the old PC&apos;s %1.key, or the key headquarters prints with halldesk-hq device-key). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read, or it holds no device key (one line: the key in base64, as headquarters prints it). Check the name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device key does not unlock the backup %1, which was sealed with the device key %2. Use that key&apos;s file (%2.key from the PC that made it, or from headquarters). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by an earlier HallDesk version and is not encrypted, so nothing can tell whether it was changed since. If you made it and kept it safe, restore it with: halldeskctl restore FILE --unencrypted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a HallDesk backup, or it is damaged. Check the file name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was not encrypted: an earlier HallDesk version made it. Make a new backup now (it will be encrypted), then destroy the old copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is at schema %2 and this HallDesk reads schema %3: it must be updated first, which needs write access. Open it once with the counter app or &apos;halldeskctl init&apos; on a writable folder, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key %1 that unlocks this database is not on this computer. Put the key file in %2 (from the old PC, or from headquarters: halldesk-hq device-key), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key file %1 is damaged (it must hold 32 bytes). Replace it with the copy headquarters holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key could not be saved in %1. Check that the folder is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected value in the database was altered or belongs to another device key. Restore the database from a backup, or put back this branch&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no device key to replace. Open it once with HallDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer HallDesk version. Update HallDesk on this PC, then restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was changed or damaged after it was made; use another backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to headquarters: this terminal&apos;s event log fails its check at event %1 (%2). The log may have been altered or shortened. Do not repair or restore anything yourself; call your IT contact, who runs &quot;halldeskctl verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch and headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal enrolled with headquarters sends its work there and receives the service catalogue. It works fully offline either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol with headquarters now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator signs in first and adds the clerks and supervisors of this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch code, for example TZ01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with headquarters as branch %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same acceptable password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on its own for now (enrol later in the Headquarters area)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <source>This matter has no form to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the listed choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid 18-character resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an 11-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a number from %1 to %2 with at most %n decimal place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>Hall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed your number? Ask at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ window %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCustomersCommand</name>
    <message>
        <source>Columns ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers imported from %2 rows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMasterCommand</name>
    <message>
        <source>Master data version %1 was already applied; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data version %1 applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ticket machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please touch the business you came for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel for the elderly, people with disabilities and VIP customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number or mobile (optional), so that the clerk has your records ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the keys below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window is open for tickets at the moment. Please ask at the information desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2
%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please take your printed ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 %2 (%3) is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of staff no. %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HallDesk - Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HallDesk counter terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the window you serve at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HallDesk - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HallDesk %1&lt;/h3&gt;&lt;p&gt;Counter terminal for walk-in service halls. It works offline and forwards its records to headquarters.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Data folder: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: call IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, %1 events to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, %1 events waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last sync %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases due soon: %1 · overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out (Ctrl+Q); the hall display and the ticket machine keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is still being served at window %2: end the service (F9) or transfer it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift at window %1 is still open: close it in Cash (count the drawer) before you leave for the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you sign out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenServiceDialog</name>
    <message>
        <source>SIM card no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long distance (international, Hong Kong, Macao, Taiwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: %1, %2 (customer %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Check: %2
Conditions: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19 or 20 digits from the card, or scan its barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, from the number pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code and number, e.g. 0816-5621234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account on the installation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is open for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift of staff no. %1 at window %2 on %3. Count the cash in the drawer and enter it as the float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 left %2 in this drawer at %3 for the next clerk. Count it: the amount you enter is recorded with the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float (¥)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Verify event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action at this counter is recorded in a chained log that headquarters can check. Verifying recomputes the whole chain; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 %2 (%3), window %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact: %1 events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log is broken at event %1 (%2). Do not change anything; keep this computer as it is and call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queue at window %1: %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My cases: none due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases: %1 due soon, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shift: not open (open it in Cash before taking payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>My shift&apos;s takings: cash %1, card %2, QR %3 (%n payments)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My callbacks: none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My callbacks due: %1 (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, broadband or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace or transaction number from the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves the waiver with their own staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (80 mm roll)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (A4)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 (%2) for the same matter was taken at %3 but never printed. Print it instead of taking the money again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already paid (receipt %2, %3). Reprint the receipt if the customer needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt %1&lt;/b&gt;&lt;br&gt;%2 paid by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over %1, &lt;b&gt;change %2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 sent to printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>%1 (%2 back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, %1 reprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueFiguresPanel</name>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets per window today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting and service times come from the day&apos;s calls and ends of service; a ticket transferred counts at each window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Issue a ticket at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number or mobile (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ticket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the hall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each opens in its own window; F11 switches it to full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 issued; %n waiting before it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingPadWindow</name>
    <message>
        <source>Rating pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome
Window %1 · staff no. %2 %3 serves you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with the handling of case %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: how satisfied are you with our service today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. We are sorry we did not serve you well: we will call you back within one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPRINT (copy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window / staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, approved by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to verify: receipt number, amount and record check code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt as proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Reprint receipt %1 once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was not printed: the preview was closed without printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was printed, but the print could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer: print the receipt from the preview and choose a printer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCallModel</name>
    <message>
        <source>%1 → window %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCaseDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, mobile, customer number or name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By letter or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responder: staff no. %1 %2, window %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a matter by name, code or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the matter on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person says, in their words: what happened, when, who was involved, what they ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicant chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    ID %2    mobile %3    customer no. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Check what was typed, or register the customer first on the counter page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 about this matter: reply within %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the applicant first: look them up by ID number, mobile or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the matter from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register and take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the case and take its payment now (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time (tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings by payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket, case or payment to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waiting time was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No takings to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hour of the day under the chart&apos;s bars</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the daily or the monthly report and its date, then press Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>%1 · %2 %3 · generated %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Daily business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(payment not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no staff no.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no fee code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open cases due within %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Payments taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash variance of closed shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average waiting time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad ratings (1-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk recorded anything in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings count for the clerk signed in where they were given; voids for the clerk who took the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was registered, accepted, completed, refused or forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by handling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open case is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No open case falls due in the next %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 cases are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases due within %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment was taken, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees taken by fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee lines of the payments taken, before voids and refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings by clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids and refunds count for the clerk who took the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment was voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash variance per shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts closed with a cash variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shift closed without a variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) closed in the month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting runs from the ticket&apos;s issue to its first call; service from its last call to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was issued or called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waiting time was measured: no ticket was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket, case or payment in any hour of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal keeps no callback records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <comment>callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback was due or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: %1; done today: %2; still open after their due date: %3. Calls recorded today: %4, customer reached: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open after their due date at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceChangeDialog</name>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 - %3 - %4
Holder: %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ID card, or type the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder types it on the keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: contract until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is under contract. Review strictly before changing, transferring or cancelling a service: the contract may require the customer to keep the plan or pay the rest.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. working away until spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returns to use with its number and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new owner&apos;s ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the new owner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner&apos;s ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both come in person. The present holder&apos;s own password stops working; the new owner gets an initial password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the new card&apos;s barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SIM card no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old card stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International long distance (now %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance refunded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is given up and may later go to someone else. Settle all fees first; take back rented equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits the holder chooses and types on the keypad; not a run like 123456, not part of the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: the holder&apos;s ID card, or their own service password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: the holder&apos;s ID card (the password is not enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Materials: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change needs the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service still has its initial password, which does not prove identity: ask for the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the present holder. Read the new owner&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner: %1 (customer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet: register the new owner first (real-name registration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract explained; the customer goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceChangeText</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDonePanel</name>
    <message>
        <source>Print the form...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the form the customer signs (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Form no. %2: print it and let the customer sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial service password: %1
Tell it to the customer now; it is not shown again. It cannot prove identity at the counter: with the ID card the customer can set their own password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is under contract (until %1). The clerk has told the customer what the contract says about this change; the customer confirms and goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the above and confirm that it is what I asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present holder&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New holder&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk (staff no. %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HallDesk - form %1 - one copy for the customer, one for the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceGuide</name>
    <message>
        <source>Service guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Materials to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window, on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (basis: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. What the window fills in with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Enquiries and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Enquiries and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · service guide %2 · printed %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Mobile line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a new owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long distance on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change service password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to every terminal user of this branch database. Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new language is used the next time HallDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the counter locks after %1 minutes without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating pad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this computer. A screen that is not connected is replaced by the primary one. On the screen of this window they open as ordinary windows, never full screen over your work; they keep running when you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (a second screen when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 x %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected: the primary screen is used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftGate</name>
    <message>
        <source>Open shift now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no shift open, so no money can be taken or paid back yet. Open your shift now: count the float in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftSlipDocument</name>
    <message>
        <source>Shift slip %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 12 letters or digits, e.g. 1003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password (the staff member must change it at the first sign-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary password for staff no. %1 %2. Tell it to them in person; they must choose their own at the next sign-in. A lock after wrong passwords is lifted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add staff member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. %1 was added. Give them the initial password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of staff no. %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of staff no. %1 %2? They can no longer sign in until an administrator enables it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of staff no. %1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of staff no. %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <source>Long distance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM ...%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol with headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not enrolled with headquarters: everything is kept here and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Online.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt;: work goes on, and is sent when the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful synchronisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters receives every change made at this counter (customers, cases, tickets, payments, shifts) in batches, a few seconds after it is saved, and keeps the branch&apos;s reports. &quot;Events waiting&quot; are changes saved here and not yet received there; they are safe in this computer. When this page says offline, keep working as usual: nothing is lost, and everything waiting is sent by itself when the link is back. Tell IT only when it stays offline for hours or says that sync has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt to reach headquarters since HallDesk started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Transferred, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPrint</name>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please listen for your number and watch the hall display. A missed number can be called again at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is connected. Note your number on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer did not take the ticket. Note your number on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>To a category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer keeps the ticket and waits again in their place by the time it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLoadModel</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HallDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HallDesk counter terminal for walk-in service halls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the branch database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UI language: zh_CN or en (default: the saved choice, else zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo branch (with three weeks of history) if the database has no staff yet, and print the demo staff numbers and passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HallDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
