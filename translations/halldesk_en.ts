<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%1

This needs a supervisor&apos;s approval. The supervisor enters their own staff number and password; it is recorded with the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s staff number and password.</source>
        <translation type="unfinished"></translation>
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
    <name>CounterPage</name>
    <message>
        <source>Register a customer (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, mobile, customer no. or name - or read the ID card (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new customer with their ID card (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the ID number %1. Press F2 to register them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;. Check what you typed, or press F2 to register a new customer.</source>
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
        <source>The customers registered last. Type or read an ID card to search.</source>
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
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Read the ID card, or type an ID number, mobile, customer number or name into the search box (F3).

F2 registers a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the customer&apos;s details (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a service (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new line or account for this customer (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the service (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, suspend, resume, transfer, SIM, long distance, password, cancel (F7)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>New case (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case for this customer (F8)</source>
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
        <source>Edit customer (F4)</source>
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
        <source>Open the other customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
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
    <message>
        <source>%1, customer %2, green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, customer %2</source>
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
        <source>&quot;%1&quot; is not filled in correctly (expected: %2). Correct the form field.</source>
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
        <source>Write the reason for refusing (at most 500 characters); the applicant receives it in writing.</source>
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
        <source>Counter</source>
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
        <source>I have told the customer what the contract says about this change; the customer confirms and goes on.</source>
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
        <source>ID card</source>
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
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
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
        <source>Create the demo branch if the database has no staff yet, and print the demo staff numbers and passwords.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
