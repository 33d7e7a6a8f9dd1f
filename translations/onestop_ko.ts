<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OneStop</source>
        <translation>OneStop 정보</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>라이선스(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>Encrypted case files for the counselors of a crime-victim one-stop support center. OneStop works without a network: each computer keeps its own encrypted copy of the data.</source>
        <translation>범죄피해자 원스톱 솔루션 센터 상담원을 위한 암호화된 사례 기록 프로그램입니다. OneStop은 네트워크 없이 작동하며, 컴퓨터마다 자료를 암호화해 따로 보관합니다.</translation>
    </message>
    <message>
        <source>Runs on Python {python}, Qt {qt} and Qt for Python {pyside}.</source>
        <translation>Python {python}, Qt {qt}, Qt for Python {pyside}에서 실행 중입니다.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>라이선스 전문</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>라이선스: {licence}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>e.g. Kim Minji</source>
        <translation>예: 김민지</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>e.g. minji.kim</source>
        <translation>예: minji.kim</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Temporary passphrase</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Temporary passphrase again</source>
        <translation>임시 비밀번호 확인</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <source>Temporary passphrase &amp;again:</source>
        <translation>임시 비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <source>Give the temporary passphrase to the person yourself. They must replace it with their own passphrase when they first log in.</source>
        <translation>임시 비밀번호는 본인에게 직접 전달하세요. 처음 로그인할 때 본인만 아는 비밀번호로 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>사용자 추가(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>첫 관리자</translation>
    </message>
    <message>
        <source>The administrator adds the other staff accounts after setup.</source>
        <translation>설정이 끝나면 관리자가 다른 직원의 계정을 추가합니다.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>만들기(&amp;R)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>e.g. Hong Gildong</source>
        <translation>예: 홍길동</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>e.g. hong</source>
        <translation>예: hong</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>3 to 32 lower-case Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;; used to log in.</source>
        <translation>영문 소문자, 숫자, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;로 3~32자입니다. 로그인할 때 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>view</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>create</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>update</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>print</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>account locked out</source>
        <translation>계정 잠김</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>화면 잠금</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>화면 잠금 해제</translation>
    </message>
    <message>
        <source>access change</source>
        <translation>권한 변경</translation>
    </message>
    <message>
        <source>passphrase change</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>처음 설정</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>무결성 점검</translation>
    </message>
    <message>
        <source>refused (no permission)</source>
        <translation>거부됨(권한 없음)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>감사 기록 항목</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>위변조 검증(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>The latest {count} entries, newest first. Times are local.</source>
        <translation>최근 {count}건을 최신순으로 보여 줍니다. 시각은 이 컴퓨터의 시간대 기준입니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>The audit trail has been altered: {count} problems in {total} entries.</source>
        <translation>감사 기록이 변경되었습니다: 전체 {total}건 중 문제 {count}건.</translation>
    </message>
    <message>
        <source>Entry {seq}: {reason}</source>
        <translation>{seq}번 항목: {reason}</translation>
    </message>
    <message>
        <source>All {total} entries checked: the audit trail is intact.</source>
        <translation>{total}건을 모두 확인했습니다. 감사 기록에 위변조가 없습니다.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>수행 업무</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <source>Center and this computer</source>
        <translation>센터와 이 컴퓨터</translation>
    </message>
    <message>
        <source>These names appear in the window title, in letters and in the audit trail.</source>
        <translation>이 이름은 창 제목, 문서, 감사 기록에 표시됩니다.</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <source>e.g. Seoul One-Stop Support Center</source>
        <translation>예: 서울 원스톱 솔루션 센터</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>이 컴퓨터의 이름</translation>
    </message>
    <message>
        <source>e.g. Counseling room PC 1</source>
        <translation>예: 상담실 PC 1</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>기기 코드</translation>
    </message>
    <message>
        <source>e.g. D1</source>
        <translation>예: D1</translation>
    </message>
    <message>
        <source>&amp;Center name:</source>
        <translation>센터 이름(&amp;C):</translation>
    </message>
    <message>
        <source>Name of this co&amp;mputer:</source>
        <translation>이 컴퓨터의 이름(&amp;M):</translation>
    </message>
    <message>
        <source>Device c&amp;ode:</source>
        <translation>기기 코드(&amp;O):</translation>
    </message>
    <message>
        <source>The device code is 2 to 8 capital letters or digits. It starts every case number made on this computer, so each computer of the center needs its own code.</source>
        <translation>기기 코드는 영문 대문자 또는 숫자 2~8자입니다. 이 컴퓨터에서 만드는 사건 번호의 앞부분이 되므로, 센터의 컴퓨터마다 서로 다른 코드를 정하세요.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>새 비밀번호 정하기</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <source>{name}, you logged in with a temporary passphrase from an administrator. Choose a passphrase only you know before you continue. Cancelling logs you out.</source>
        <translation>{name} 님은 관리자가 정한 임시 비밀번호로 로그인했습니다. 계속하려면 본인만 아는 새 비밀번호를 정하세요. 취소하면 로그아웃됩니다.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>현재 비밀번호(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>새 비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>비밀번호 변경(&amp;H)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No OneStop data in {folder}. Run the first-run setup (or `onestop-admin init`) first.</source>
        <translation>{folder}에 OneStop 자료가 없습니다. 먼저 처음 설정(또는 `onestop-admin init`)을 실행하세요.</translation>
    </message>
    <message>
        <source>{folder} already holds OneStop data; setup was not run again.</source>
        <translation>{folder}에 이미 OneStop 자료가 있어 설정을 다시 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no user named &apos;{username}&apos;.</source>
        <translation>&apos;{username}&apos; 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is wrong. Failed attempts in a row: {failures} of {limit}.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다. 연속 실패 {failures}회(최대 {limit}회).</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>복구 키가 틀렸습니다.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again in {minutes} minutes or ask an administrator.</source>
        <translation>로그인에 여러 번 실패해 계정이 잠겼습니다. {minutes}분 후에 다시 시도하거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Please wait {seconds} seconds before trying again.</source>
        <translation>{seconds}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is deactivated. Ask an administrator.</source>
        <translation>&apos;{username}&apos; 계정은 비활성화되어 있습니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {action}.</source>
        <translation>현재 역할({role})로는 이 작업을 할 수 없습니다: {action}.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: {reason}</source>
        <translation>비밀번호가 너무 약합니다. {reason}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: lower-case Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>사용자 이름은 영문 소문자로 시작하고, 영문 소문자·숫자·&apos;.&apos;·&apos;-&apos;·&apos;_&apos;로 된 3~32자여야 합니다.</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is already in use.</source>
        <translation>&apos;{username}&apos;은(는) 이미 사용 중인 사용자 이름입니다.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>At least one active administrator must remain; this change was not made.</source>
        <translation>활성 관리자가 한 명 이상 있어야 하므로 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account or change your own role.</source>
        <translation>자신의 계정을 비활성화하거나 자신의 역할을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of OneStop (schema {found}, this version knows {known}). Update OneStop on this device; the data was not changed.</source>
        <translation>이 자료는 더 새로운 OneStop 버전에서 만들어졌습니다(스키마 {found}, 이 버전은 {known}까지 지원). 이 컴퓨터의 OneStop을 업데이트하세요. 자료는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database file is missing from {folder}. Restore it from a backup.</source>
        <translation>{folder}에 데이터베이스 파일이 없습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore it from a backup.</source>
        <translation>데이터베이스 파일이 손상되었습니다({detail}). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The database file does not belong to this installation&apos;s keys ({detail}).</source>
        <translation>데이터베이스 파일이 이 설치본의 키와 맞지 않습니다({detail}).</translation>
    </message>
    <message>
        <source>The key file in {folder} is damaged or unreadable. Restore it from a backup.</source>
        <translation>{folder}의 키 파일이 손상되었거나 읽을 수 없습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to {path}. Free some space and try again.</source>
        <translation>디스크 공간이 부족해 {path}에 아무것도 쓰지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation>{path}에 쓸 권한이 없습니다. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged or not a OneStop backup ({detail}); nothing was restored.</source>
        <translation>백업 파일 {path}이(가) 손상되었거나 OneStop 백업이 아닙니다({detail}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Only an active administrator in the backup may restore it; nothing was restored.</source>
        <translation>백업 당시 활성 관리자만 복원할 수 있습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of OneStop (schema {found}); nothing was restored.</source>
        <translation>더 새로운 OneStop 버전에서 만든 백업입니다(스키마 {found}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>The session is locked.</source>
        <translation>세션이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>Could not read or write {path}: {detail}</source>
        <translation>{path}을(를) 읽거나 쓰지 못했습니다: {detail}</translation>
    </message>
    <message>
        <source>Some fields need correcting ({count}); nothing was saved and nothing you typed was lost.</source>
        <translation>고쳐야 할 항목이 {count}개 있습니다. 저장하지 않았으며, 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{path} is not a CSV file (UTF-8 or CP949) or an .xlsx workbook that can be read.</source>
        <translation>{path}은(는) 읽을 수 있는 CSV 파일(UTF-8 또는 CP949)이나 .xlsx 통합 문서가 아닙니다.</translation>
    </message>
    <message>
        <source>{file}: {count} problems found; nothing was imported. Correct the rows listed and import again.</source>
        <translation>{file}: 문제 {count}건을 찾아 아무것도 가져오지 않았습니다. 표시된 행을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The file has {rows} rows; import at most {limit} at a time.</source>
        <translation>파일에 {rows}행이 있습니다. 한 번에 최대 {limit}행까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation>기록을 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Your edits were kept on screen; reload to see their change, then save again.</source>
        <translation>이 기록을 연 뒤 다른 사람이 내용을 바꿨습니다. 입력한 내용은 화면에 그대로 있습니다. 새로 불러와 변경 내용을 확인한 뒤 다시 저장하세요.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Center name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>컴퓨터 이름</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>기기 코드</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>자동 잠금 시간(분)</translation>
    </message>
    <message>
        <source>enter 1 to 100 characters.</source>
        <translation>1~100자로 입력하세요.</translation>
    </message>
    <message>
        <source>use 2 to 8 capital letters A-Z or digits.</source>
        <translation>영문 대문자(A~Z) 또는 숫자 2~8자로 입력하세요.</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one.</source>
        <translation>새 비밀번호가 현재 비밀번호와 같습니다.</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Case files of the crime-victim one-stop support center</source>
        <translation>범죄피해자 원스톱 솔루션 센터 사례 관리</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Log in as an&amp;other user</source>
        <translation>다른 사용자로 로그인(&amp;O)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>← &amp;Back to the locked screen of {name}</source>
        <translation>← {name} 님의 잠긴 화면으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>화면이 잠겨 있습니다</translation>
    </message>
    <message>
        <source>{name} ({role}) is using this screen. Enter the passphrase to continue.</source>
        <translation>{name}({role}) 님이 사용 중인 화면입니다. 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Try again in {seconds} s</source>
        <translation>{seconds}초 후 다시 시도</translation>
    </message>
</context>
<context>
    <name>Licenses</name>
    <message>
        <source>OneStop uses the Qt libraries and Qt for Python under the GNU Lesser General Public License version 3. They are used as separate, dynamically loaded libraries: you may replace them in this installation with a compatible version you built or modified yourself. The source code of Qt and Qt for Python is available from the Qt Project at https://download.qt.io.</source>
        <translation>OneStop은 Qt 라이브러리와 Qt for Python을 GNU 약소 일반 공중 사용 허가서(LGPL) 버전 3에 따라 사용합니다. 이 라이브러리들은 별도의 동적 라이브러리로 불러와 쓰므로, 이 설치본의 Qt 라이브러리를 직접 빌드하거나 수정한 호환 버전으로 바꿔 쓸 수 있습니다. Qt와 Qt for Python의 소스 코드는 Qt Project(https://download.qt.io)에서 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>The Korean font NanumGothic by NAVER Corporation is bundled so that Hangul displays on every computer. It is licensed under the SIL Open Font License 1.1; the full text follows.</source>
        <translation>어느 컴퓨터에서나 한글이 제대로 보이도록 네이버(NAVER Corporation)의 나눔고딕 글꼴을 함께 제공합니다. 이 글꼴은 SIL 오픈 폰트 라이선스 1.1을 따르며, 아래에 전문이 있습니다.</translation>
    </message>
    <message>
        <source>Encrypts the database. Copyright Zetetic LLC; BSD-style licence.</source>
        <translation>데이터베이스를 암호화합니다. 저작권 Zetetic LLC, BSD 방식 라이선스.</translation>
    </message>
    <message>
        <source>Derives keys from passphrases with Argon2id. MIT licence.</source>
        <translation>Argon2id로 비밀번호에서 키를 만듭니다. MIT 라이선스.</translation>
    </message>
    <message>
        <source>Encryption and signatures (AES-GCM, X25519, Ed25519). Apache 2.0 or BSD licence, at your choice.</source>
        <translation>암호화와 전자 서명(AES-GCM, X25519, Ed25519)을 담당합니다. Apache 2.0 또는 BSD 라이선스 중 선택.</translation>
    </message>
    <message>
        <source>Creates PDF documents. Copyright ReportLab Inc.; BSD licence.</source>
        <translation>PDF 문서를 만듭니다. 저작권 ReportLab Inc., BSD 라이선스.</translation>
    </message>
    <message>
        <source>Finds the usual data folder of each operating system. MIT licence.</source>
        <translation>운영 체제별 기본 데이터 폴더를 찾습니다. MIT 라이선스.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>백업 만들기(&amp;B)…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>내 비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>종료(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>사용자 관리(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>감사 기록 보기·검증(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Check the data</source>
        <translation>데이터 점검(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About OneStop</source>
        <translation>OneStop 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>관리(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>잠김: {name}</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>You were logged out because the passphrase was not changed.</source>
        <translation>비밀번호를 바꾸지 않아 로그아웃되었습니다.</translation>
    </message>
    <message>
        <source>{name} logged out.</source>
        <translation>{name} 님이 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>OneStop will be shown in {language} the next time it starts.</source>
        <translation>다음에 OneStop을 시작할 때부터 {language}로 표시됩니다.</translation>
    </message>
    <message>
        <source>Exit OneStop</source>
        <translation>OneStop 종료</translation>
    </message>
    <message>
        <source>The locked screens of {names} are still open. Exiting logs them out and discards their unsaved input. Exit anyway?</source>
        <translation>{names} 님의 잠긴 화면이 아직 열려 있습니다. 종료하면 로그아웃되고 저장하지 않은 입력 내용이 사라집니다. 그래도 종료할까요?</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>종료(&amp;X)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>use at least 10 characters with two kinds of characters (letters, digits, symbols), or at least 8 with three kinds.</source>
        <translation>영문자·숫자·기호 중 두 종류를 섞어 10자 이상으로, 또는 세 종류를 섞어 8자 이상으로 정하세요.</translation>
    </message>
    <message>
        <source>mix kinds of characters: 10 or more characters need two kinds (e.g. letters and digits), 8 or 9 characters need three kinds (e.g. letters, digits and symbols).</source>
        <translation>문자 종류를 섞으세요. 10자 이상이면 두 종류(예: 영문자와 숫자), 8~9자이면 세 종류(예: 영문자, 숫자, 기호)가 필요합니다.</translation>
    </message>
    <message>
        <source>it is a common passphrase or keyboard pattern that attackers try first.</source>
        <translation>누구나 많이 쓰는 비밀번호나 키보드 배열이라 공격자가 가장 먼저 시도합니다.</translation>
    </message>
    <message>
        <source>it contains the user name, the person&apos;s name or the center&apos;s name.</source>
        <translation>사용자 이름, 본인 이름 또는 센터 이름이 들어 있습니다.</translation>
    </message>
    <message>
        <source>it is mostly one repeated character or a simple sequence.</source>
        <translation>같은 문자의 반복이나 단순한 연속 문자로 이루어져 있습니다.</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>At least 10 characters with two kinds (letters, digits, symbols), or at least 8 with three kinds.</source>
        <translation>영문자·숫자·기호 중 두 종류로 10자 이상, 또는 세 종류로 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>✓ Strong enough, but the two entries are not the same yet.</source>
        <translation>✓ 충분히 안전합니다. 다만 두 입력이 아직 서로 다릅니다.</translation>
    </message>
    <message>
        <source>✓ Strong enough. Type it once more to confirm.</source>
        <translation>✓ 충분히 안전합니다. 확인을 위해 한 번 더 입력하세요.</translation>
    </message>
    <message>
        <source>✓ Strong enough, and both entries match.</source>
        <translation>✓ 충분히 안전하고, 두 입력이 일치합니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>It is shown only now. Write it down or print this page, then store it safely.</source>
        <translation>복구 키는 지금 한 번만 보여 드립니다. 종이에 적거나 이 화면을 인쇄해 안전한 곳에 보관하세요.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>With this key the data can be opened even if every passphrase is forgotten, and a backup can be restored. Anyone who has it can open the data: keep it on paper in the center&apos;s safe, never in an e-mail, a chat or a file on this computer.</source>
        <translation>모든 비밀번호를 잊어도 이 키로 자료를 열고 백업을 복원할 수 있습니다. 키를 가진 사람은 누구나 자료를 열 수 있으니 종이에 적어 센터 금고에 보관하고, 이메일이나 메신저, 이 컴퓨터의 파일에는 절대 남기지 마세요.</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>복구 키를 안전한 곳에 보관했습니다(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>새 역할</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>새 역할(&amp;R):</translation>
    </message>
    <message>
        <source>Role of {name} ({username}). The change takes effect at their next login and is written to the audit trail.</source>
        <translation>{name}({username}) 님의 역할입니다. 변경 내용은 다음 로그인부터 적용되며 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>역할 변경(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>현장상담원</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>행정직원</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <source>change center settings</source>
        <translation>센터 설정 변경</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>감사 기록 열람</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>백업 만들기</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>데이터베이스 점검</translation>
    </message>
    <message>
        <source>use OneStop</source>
        <translation>OneStop 사용</translation>
    </message>
    <message>
        <source>see every case</source>
        <translation>모든 사건 보기</translation>
    </message>
    <message>
        <source>record and edit case details</source>
        <translation>사건 정보 입력·수정</translation>
    </message>
    <message>
        <source>read counseling notes</source>
        <translation>상담 기록 열람</translation>
    </message>
    <message>
        <source>write counseling notes</source>
        <translation>상담 기록 작성</translation>
    </message>
    <message>
        <source>schedule follow-ups</source>
        <translation>사후 관리 일정 잡기</translation>
    </message>
    <message>
        <source>reveal a resident registration number</source>
        <translation>주민등록번호 전체 보기</translation>
    </message>
    <message>
        <source>import records</source>
        <translation>기록 가져오기</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>시연용 자료 만들기</translation>
    </message>
    <message>
        <source>see statistics</source>
        <translation>통계 보기</translation>
    </message>
</context>
<context>
    <name>SessionTasks</name>
    <message>
        <source>Save the backup as</source>
        <translation>백업 파일 저장</translation>
    </message>
    <message>
        <source>OneStop backups (*{suffix})</source>
        <translation>OneStop 백업 파일 (*{suffix})</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>잠시 기다려 주세요</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>암호화된 백업을 만드는 중입니다…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>The backup is complete: {path} ({size}). It opens with the recovery key or with the passphrase of an administrator at the time of the backup.</source>
        <translation>백업을 만들었습니다: {path} ({size}). 이 백업은 복구 키나, 백업할 때 관리자였던 사용자의 비밀번호로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>백업을 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Checking the database and the audit trail…</source>
        <translation>데이터베이스와 감사 기록을 점검하는 중입니다…</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>데이터 점검</translation>
    </message>
    <message>
        <source>The check found {count} problems. Restore from a backup or contact support:</source>
        <translation>점검에서 문제 {count}건을 찾았습니다. 백업에서 복원하거나 지원 담당자에게 문의하세요:</translation>
    </message>
    <message>
        <source>The check is complete: encryption, database structure, links and the audit trail are all intact.</source>
        <translation>점검을 마쳤습니다. 암호화, 데이터베이스 구조, 연결 관계, 감사 기록 모두 이상이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time OneStop starts.</source>
        <translation>바꾼 언어는 OneStop을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Center (all computers)</source>
        <translation>센터 전체(모든 컴퓨터)</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>자동 잠금 시간(분)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle:</source>
        <translation>입력이 없으면 화면 잠금(&amp;I):</translation>
    </message>
    <message>
        <source>Without input for this long, every screen locks.</source>
        <translation>이 시간 동안 입력이 없으면 모든 화면이 잠깁니다.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>OneStop setup</source>
        <translation>OneStop 처음 설정</translation>
    </message>
    <message>
        <source>&amp;Start OneStop</source>
        <translation>OneStop 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Intake</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <source>Client ended support</source>
        <translation>내담자 요청으로 종료</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>연락 두절</translation>
    </message>
    <message>
        <source>Transferred to another agency</source>
        <translation>타 기관 이관</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>지원 대상 아님</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Crime against life or body</source>
        <translation>생명·신체 피해 범죄</translation>
    </message>
    <message>
        <source>Digital sex crime</source>
        <translation>디지털 성범죄</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>스토킹</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>가정폭력</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>성폭력</translation>
    </message>
    <message>
        <source>Personal protection</source>
        <translation>신변 보호</translation>
    </message>
    <message>
        <source>Investigation support</source>
        <translation>수사 지원</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>심리 지원</translation>
    </message>
    <message>
        <source>Legal support</source>
        <translation>법률 지원</translation>
    </message>
    <message>
        <source>Financial aid</source>
        <translation>경제적 지원</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>주거 지원</translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation>고용 지원</translation>
    </message>
    <message>
        <source>Welfare services</source>
        <translation>복지 서비스</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>금융 지원</translation>
    </message>
    <message>
        <source>Medical referral</source>
        <translation>의료 연계</translation>
    </message>
    <message>
        <source>Digital sex crime content removal</source>
        <translation>디지털 성범죄 영상물 삭제 지원</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>위험 낮음</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>위험 보통</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>위험 높음</translation>
    </message>
    <message>
        <source>Critical risk</source>
        <translation>위험 매우 높음</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>직접 방문</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>현장 방문(아웃리치)</translation>
    </message>
    <message>
        <source>Referred by an agency</source>
        <translation>기관 의뢰</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation>현장 방문</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>화상 상담</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>기록 안 함</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>미신고</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>신고함</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>수사 중</translation>
    </message>
    <message>
        <source>Sent to prosecution / indicted</source>
        <translation>송치·기소</translation>
    </message>
    <message>
        <source>Investigation closed</source>
        <translation>수사 종결</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>제공함</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>중단</translation>
    </message>
</context>
<context>
    <name>TemporaryPassphraseDialog</name>
    <message>
        <source>Re-activate an account</source>
        <translation>계정 다시 활성화</translation>
    </message>
    <message>
        <source>{name} ({username}) can log in again with this temporary passphrase and must then choose their own.</source>
        <translation>{name}({username}) 님은 이 임시 비밀번호로 다시 로그인한 뒤 본인 비밀번호로 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Re-activate</source>
        <translation>다시 활성화(&amp;R)</translation>
    </message>
    <message>
        <source>Reset a passphrase</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>{name} ({username}) logs in with this temporary passphrase and must then choose their own. Their old passphrase stops working.</source>
        <translation>{name}({username}) 님은 이 임시 비밀번호로 로그인한 뒤 본인 비밀번호로 바꿔야 합니다. 이전 비밀번호는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase</source>
        <translation>비밀번호 재설정(&amp;R)</translation>
    </message>
    <message>
        <source>Temporary passphrase</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Temporary passphrase again</source>
        <translation>임시 비밀번호 확인</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <source>Temporary passphrase &amp;again:</source>
        <translation>임시 비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <source>User accounts</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>역할 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>비활성화(&amp;D)…</translation>
    </message>
    <message>
        <source>Re-ac&amp;tivate…</source>
        <translation>다시 활성화(&amp;T)…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>비밀번호 재설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Added {name} ({username}) as {role}. Give them the temporary passphrase in person.</source>
        <translation>{name}({username}) 님을 {role}(으)로 추가했습니다. 임시 비밀번호는 본인에게 직접 전달하세요.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} 님의 역할을 {role}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>계정 비활성화</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username})? They can no longer log in on this computer. Their records and the audit trail are kept, and an administrator can re-activate the account.</source>
        <translation>{name}({username}) 님의 계정을 비활성화할까요? 이 컴퓨터에서 더 이상 로그인할 수 없습니다. 작성한 기록과 감사 기록은 그대로 남고, 관리자가 나중에 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>비활성화(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The account of {name} is deactivated.</source>
        <translation>{name} 님의 계정을 비활성화했습니다.</translation>
    </message>
    <message>
        <source>The account of {name} is active again with the temporary passphrase.</source>
        <translation>{name} 님의 계정을 임시 비밀번호로 다시 활성화했습니다.</translation>
    </message>
    <message>
        <source>The passphrase of {name} is reset. Give them the temporary passphrase in person.</source>
        <translation>{name} 님의 비밀번호를 재설정했습니다. 임시 비밀번호는 본인에게 직접 전달하세요.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>The user must choose a new passphrase at the next login.</source>
        <translation>다음 로그인 때 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Set by the user</source>
        <translation>본인이 설정</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>&apos;{value}&apos;은(는) 허용되는 값이 아닙니다. 다음 중 하나를 쓰세요: {choices}.</translation>
    </message>
    <message>
        <source>The file has no &apos;{column}&apos; column.</source>
        <translation>파일에 &apos;{column}&apos; 열이 없습니다.</translation>
    </message>
    <message>
        <source>No user named &apos;{value}&apos;.</source>
        <translation>&apos;{value}&apos; 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-11-26.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 쓰세요. 예: 2026-11-26</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>앞으로 올 날짜는 입력할 수 없습니다.</translation>
    </message>
    <message>
        <source>This date is before the date of birth.</source>
        <translation>생년월일보다 이전 날짜입니다.</translation>
    </message>
    <message>
        <source>This date is implausibly far in the past.</source>
        <translation>너무 먼 과거의 날짜입니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701.</source>
        <translation>국내 전화번호 형식이 아닙니다. 예: 010-1234-5678, 02-123-4567, 1577-1701</translation>
    </message>
    <message>
        <source>Use letters only (Hangul or Latin), at most 60 characters.</source>
        <translation>한글 또는 영문자만 60자 이내로 쓰세요.</translation>
    </message>
    <message>
        <source>Choose at least one crime type.</source>
        <translation>피해 유형을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Name the agency that referred the client.</source>
        <translation>내담자를 의뢰한 기관을 입력하세요.</translation>
    </message>
    <message>
        <source>Not a resident registration number (YYMMDD-NNNNNNN).</source>
        <translation>주민등록번호 형식(YYMMDD-NNNNNNN)이 아닙니다.</translation>
    </message>
    <message>
        <source>Record the legal basis for keeping this number.</source>
        <translation>이 번호를 보관하는 법적 근거를 기록하세요.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>{max}자 이내로 쓰세요.</translation>
    </message>
    <message>
        <source>An amount in won: digits only, for example 300000.</source>
        <translation>금액은 원 단위 숫자로만 쓰세요. 예: 300000</translation>
    </message>
    <message>
        <source>Minutes between 0 and 1440.</source>
        <translation>0~1440분 사이로 입력하세요.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>종결 사유를 선택하세요.</translation>
    </message>
    <message>
        <source>The case cannot move from this status to that one.</source>
        <translation>사건을 이 상태에서 그 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Write the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>날짜와 시각은 YYYY-MM-DD HH:MM 형식으로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to OneStop</source>
        <translation>OneStop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>This computer has no OneStop data yet. Setup takes about two minutes.</source>
        <translation>이 컴퓨터에는 아직 OneStop 자료가 없습니다. 설정은 2분 정도 걸립니다.</translation>
    </message>
    <message>
        <source>OneStop keeps the case files of your center encrypted on this computer. Only people with an account can open them, and every access is written to the audit trail.</source>
        <translation>OneStop은 센터의 사례 기록을 이 컴퓨터에 암호화해 보관합니다. 계정이 있는 사람만 열 수 있고, 모든 접근은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>In the next steps you name your center and this computer, create the first administrator account, and receive a recovery key. Keep the recovery key on paper in a locked place: it is the only way back to the data if every passphrase is forgotten.</source>
        <translation>다음 단계에서 센터와 이 컴퓨터의 이름을 정하고, 첫 관리자 계정을 만든 뒤 복구 키를 받습니다. 복구 키는 모든 비밀번호를 잊었을 때 자료를 되찾는 유일한 방법이니, 종이에 적어 잠금장치가 있는 곳에 보관하세요.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>데이터 폴더: {folder}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace of {name}</source>
        <translation>{name} 님의 작업 화면</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>{name} 님, 안녕하세요.</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>사례 기록</translation>
    </message>
    <message>
        <source>The case list, intake and case notes arrive with the next release of OneStop. This version sets up the encrypted store, the staff accounts, the screen lock, backups and the audit trail.</source>
        <translation>사건 목록, 접수, 상담 기록은 OneStop 다음 버전에서 제공됩니다. 이번 버전에서는 암호화 저장소, 직원 계정, 화면 잠금, 백업, 감사 기록을 갖춥니다.</translation>
    </message>
    <message>
        <source>Working safely</source>
        <translation>안전하게 일하기</translation>
    </message>
    <message>
        <source>Every login, lock, change of access and backup is written to the audit trail.</source>
        <translation>로그인, 잠금, 권한 변경, 백업은 모두 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>바로 가기</translation>
    </message>
    <message>
        <source>Scratch note</source>
        <translation>임시 메모</translation>
    </message>
    <message>
        <source>For reminders while you work. The note is not saved: it is hidden while the screen is locked and discarded when you log out. Do not write a client&apos;s personal data here.</source>
        <translation>작업 중 잠깐 적어 두는 메모입니다. 저장되지 않으며, 화면이 잠기면 숨겨지고 로그아웃하면 지워집니다. 피해자의 개인정보는 적지 마세요.</translation>
    </message>
    <message>
        <source>Lock the screen with Ctrl+L whenever you leave the desk. OneStop also locks by itself after {minutes} minutes without input. Your work stays as it was until you unlock.</source>
        <translation>자리를 비울 때는 Ctrl+L로 화면을 잠그세요. {minutes}분 동안 입력이 없으면 OneStop이 스스로 잠급니다. 잠금을 해제하면 하던 작업이 그대로 남아 있습니다.</translation>
    </message>
</context>
</TS>
