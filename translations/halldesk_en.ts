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
        <source>Reports</source>
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
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes waited</source>
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
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <comment>callback</comment>
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
