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
    <message>
        <source>About and licences</source>
        <translation>프로그램 정보와 라이선스</translation>
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
        <translation>임시 비밀번호는 본인에게 직접 전달하십시오. 처음 로그인할 때 본인만 아는 비밀번호로 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>사용자 추가(&amp;D)</translation>
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
    <name>AgencyDirectoryDialog</name>
    <message>
        <source>Partner agencies</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Show &amp;inactive entries</source>
        <translation>사용하지 않는 기관도 보기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation>오늘 확인함(&amp;V)</translation>
    </message>
    <message>
        <source>You checked the name, phone and contact with the agency today.</source>
        <translation>오늘 기관에 기관명, 전화번호, 담당자를 확인했을 때 누릅니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Referrals are offered only to active entries. Red dates: not verified for more than a year — check with the agency before sending.</source>
        <translation>연계할 때는 사용 중인 기관만 선택할 수 있습니다. 빨간 날짜는 1년 넘게 확인하지 않은 기관입니다. 보내기 전에 기관에 확인하십시오.</translation>
    </message>
    <message>
        <source>Only an administrator can change the directory.</source>
        <translation>기관 목록은 관리자만 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>The directory is updated.</source>
        <translation>기관 목록을 고쳤습니다.</translation>
    </message>
    <message>
        <source>Correct the entry with Edit first.</source>
        <translation>먼저 [수정]으로 이 기관 정보를 고치십시오.</translation>
    </message>
    <message>
        <source>{name} is marked as verified today.</source>
        <translation>{name}을(를) 오늘 확인한 것으로 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>AgencyFormDialog</name>
    <message>
        <source>Edit the agency</source>
        <translation>기관 정보 수정</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>기관 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>최종 확인일</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <source>Active (offered for new referrals)</source>
        <translation>사용 중(새 연계에서 선택 가능)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>기관명(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
    <message>
        <source>Service domains:</source>
        <translation>지원 영역:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>팩스(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>담당자(&amp;C):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>최종 확인일(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Service domains</source>
        <translation>지원 영역</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>최종 확인일</translation>
    </message>
    <message>
        <source>never</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>Not verified for more than a year: check the name, phone and contact before referring.</source>
        <translation>1년 넘게 확인하지 않았습니다. 연계하기 전에 기관명, 전화번호, 담당자를 확인하십시오.</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>사용하지 않는 기관</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Saved, but it clashes with {count} other appointments (shown in red in the calendar).</source>
        <translation>저장했지만 다른 일정 {count}건과 겹칩니다(일정 화면에 빨간색으로 표시).</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>새 일정</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>장소 상세</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Weekly, times</source>
        <translation>매주 반복 횟수</translation>
    </message>
    <message>
        <source>Short note</source>
        <translation>짧은 메모</translation>
    </message>
    <message>
        <source>&amp;Case number</source>
        <translation>사례번호(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>시간(분)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>구분(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>장소(&amp;P)</translation>
    </message>
    <message>
        <source>Place &amp;details</source>
        <translation>장소 상세(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Who goes</source>
        <translation>담당자(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Weekly, times</source>
        <translation>매주 반복 횟수(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>일정 등록(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments of this case</source>
        <translation>이 사례의 일정</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>새 일정(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;kip this one</source>
        <translation>이번 회 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Record the session</source>
        <translation>상담 기록 만들기(&amp;R)</translation>
    </message>
    <message>
        <source>That occurrence is skipped.</source>
        <translation>이번 회 일정을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>The session is recorded; write its note in the Sessions tab.</source>
        <translation>상담 기록을 만들었습니다. 상담 기록 탭에서 내용을 적으십시오.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>평가일(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Level instead:</source>
        <translation>위기도 직접 지정(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>(score)</source>
        <translation>(점수대로)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Danger assessment</source>
        <translation>위험성 평가</translation>
    </message>
    <message>
        <source>Level set by the counselor</source>
        <translation>상담원이 지정한 위기도</translation>
    </message>
    <message>
        <source>Reason for the level</source>
        <translation>위기도 지정 사유</translation>
    </message>
    <message>
        <source>Score {score} of {max}: {level}</source>
        <translation>점수 {score} / {max}: {level}</translation>
    </message>
    <message>
        <source>Weight {weight}</source>
        <translation>가중치 {weight}</translation>
    </message>
    <message>
        <source>{count} questions not answered</source>
        <translation>답하지 않은 문항 {count}개</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>체크리스트 항목</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Assessed</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>By</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Checklist version {version}</source>
        <translation>체크리스트 {version}판</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>위기도</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>직접 지정 사유</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>This session has not taken place yet.</source>
        <translation>아직 열리지 않은 회기입니다.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance: 1 present, 2 absent, 3 excused, Delete clears</source>
        <translation>출석부: 1 출석, 2 결석, 3 사유 결석, Delete 지우기</translation>
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
        <source>sync</source>
        <translation>동기화</translation>
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
    <message>
        <source>records removed or cut</source>
        <translation>기록 삭제·잘림 감지</translation>
    </message>
    <message>
        <source>access-log review</source>
        <translation>접속기록 점검</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>agreed</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>consent recorded: {kind}, {agreed}</source>
        <translation>동의 기록: {kind}, {agreed}</translation>
    </message>
    <message>
        <source>consent withdrawn: {kind}</source>
        <translation>동의 철회: {kind}</translation>
    </message>
    <message>
        <source>signed consent form attached</source>
        <translation>서명한 동의서 첨부</translation>
    </message>
    <message>
        <source>referral {number}: {before} → {after} ({means})</source>
        <translation>의뢰 {number}: {before} → {after} ({means})</translation>
    </message>
    <message>
        <source>referral {number}: {before} → {after}</source>
        <translation>의뢰 {number}: {before} → {after}</translation>
    </message>
    <message>
        <source>referral {number} edited</source>
        <translation>의뢰 {number} 수정</translation>
    </message>
    <message>
        <source>referral {number} drafted</source>
        <translation>의뢰 {number} 작성</translation>
    </message>
    <message>
        <source>{kind}, purpose: {purpose}</source>
        <translation>{kind}, 출력 사유: {purpose}</translation>
    </message>
    <message>
        <source>case status: {before} → {after}</source>
        <translation>사례 상태: {before} → {after}</translation>
    </message>
    <message>
        <source>risk level: {level}</source>
        <translation>위기 수준: {level}</translation>
    </message>
    <message>
        <source>intake recorded</source>
        <translation>접수 기록</translation>
    </message>
    <message>
        <source>follow-up scheduled</source>
        <translation>사후관리 일정 등록</translation>
    </message>
    <message>
        <source>case details edited</source>
        <translation>사례 정보 수정</translation>
    </message>
    <message>
        <source>phone number removed</source>
        <translation>전화번호 삭제</translation>
    </message>
    <message>
        <source>resident registration number recorded</source>
        <translation>주민등록번호 기록</translation>
    </message>
    <message>
        <source>resident registration number shown, reason: {reason}</source>
        <translation>주민등록번호 열람, 사유: {reason}</translation>
    </message>
    <message>
        <source>note search, {count} hits</source>
        <translation>상담 기록 검색, {count}건</translation>
    </message>
    <message>
        <source>failed attempt {count}</source>
        <translation>{count}번째 실패</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>계정 잠김</translation>
    </message>
    <message>
        <source>locked for {minutes} minutes</source>
        <translation>{minutes}분 잠금</translation>
    </message>
    <message>
        <source>role: {before} → {after}</source>
        <translation>역할: {before} → {after}</translation>
    </message>
    <message>
        <source>access granted: {role}</source>
        <translation>권한 부여: {role}</translation>
    </message>
    <message>
        <source>access granted again: {role}</source>
        <translation>권한 다시 부여: {role}</translation>
    </message>
    <message>
        <source>access removed: account deactivated</source>
        <translation>권한 말소: 계정 비활성화</translation>
    </message>
    <message>
        <source>passphrase reset by an administrator</source>
        <translation>관리자가 비밀번호 재설정</translation>
    </message>
    <message>
        <source>passphrase changed by the user</source>
        <translation>본인이 비밀번호 변경</translation>
    </message>
    <message>
        <source>direct line and e-mail changed</source>
        <translation>직통 전화·이메일 변경</translation>
    </message>
    <message>
        <source>audit chain verified</source>
        <translation>감사 기록 체인 확인</translation>
    </message>
    <message>
        <source>{count} problems found</source>
        <translation>문제 {count}건 발견</translation>
    </message>
    <message>
        <source>entries since {day}</source>
        <translation>{day} 이후 기록</translation>
    </message>
    <message>
        <source>access-log review of {month} (findings replaced)</source>
        <translation>{month} 접속기록 점검(결과 수정)</translation>
    </message>
    <message>
        <source>access-log review of {month}</source>
        <translation>{month} 접속기록 점검</translation>
    </message>
    <message>
        <source>demo data: {count} cases</source>
        <translation>데모 데이터: 사례 {count}건</translation>
    </message>
    <message>
        <source>refused: {permission}</source>
        <translation>거부됨: {permission}</translation>
    </message>
    <message>
        <source>needs assessed: {domain}</source>
        <translation>욕구 평가: {domain}</translation>
    </message>
    <message>
        <source>plan goal added</source>
        <translation>지원 계획 목표 추가</translation>
    </message>
    <message>
        <source>plan goal changed</source>
        <translation>지원 계획 목표 수정</translation>
    </message>
    <message>
        <source>counseling session recorded</source>
        <translation>상담 기록 작성</translation>
    </message>
    <message>
        <source>service recorded</source>
        <translation>서비스 제공 기록</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>사후관리 완료</translation>
    </message>
    <message>
        <source>follow-up reopened</source>
        <translation>사후관리 다시 열기</translation>
    </message>
    <message>
        <source>client details edited</source>
        <translation>내담자 정보 수정</translation>
    </message>
    <message>
        <source>phone number added</source>
        <translation>전화번호 추가</translation>
    </message>
    <message>
        <source>crime types edited</source>
        <translation>범죄 유형 수정</translation>
    </message>
    <message>
        <source>enrolled in a program</source>
        <translation>프로그램 참여 등록</translation>
    </message>
    <message>
        <source>survey declined</source>
        <translation>만족도 조사 거절</translation>
    </message>
    <message>
        <source>survey answered</source>
        <translation>만족도 조사 응답</translation>
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
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Record the monthly &amp;review…</source>
        <translation>월간 점검 기록(&amp;M)…</translation>
    </message>
    <message>
        <source>Newest first; scroll for older entries. Times are local.</source>
        <translation>최신순입니다. 아래로 내리면 이전 기록이 이어집니다. 시각은 이 컴퓨터의 시간대 기준입니다.</translation>
    </message>
    <message>
        <source>The access records of {month} have not been reviewed yet.</source>
        <translation>{month} 접속기록 점검이 아직 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Last review: {month} by {name} on {day}: {findings}</source>
        <translation>최근 점검: {month}, {name}, {day} 기록 — {findings}</translation>
    </message>
    <message>
        <source>No monthly review has been recorded yet.</source>
        <translation>기록된 월간 점검이 아직 없습니다.</translation>
    </message>
    <message>
        <source>The review of {month} is recorded.</source>
        <translation>{month} 점검을 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>AuditReviewDialog</name>
    <message>
        <source>Record the monthly access-log review</source>
        <translation>월간 접속기록 점검 기록</translation>
    </message>
    <message>
        <source>Month reviewed</source>
        <translation>점검한 달</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>e.g. 이상 없음; or what was unusual and what was done about it</source>
        <translation>예: 이상 없음 — 또는 이상한 점과 그에 대한 조치</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>점검 월(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>점검 결과(&amp;F):</translation>
    </message>
    <message>
        <source>The safety-measures standard asks for the access records to be reviewed every month. This records who reviewed which month, when, and what was found; the record is itself in the audit trail.</source>
        <translation>개인정보의 안전성 확보조치 기준은 접속기록을 월 1회 이상 점검하도록 정합니다. 누가 어느 달을 언제 점검했고 무엇을 확인했는지 기록하며, 이 기록도 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
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
    <message>
        <source>case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>counseling notes</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>데모 데이터</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>Gathering the referrals ready to send…</source>
        <translation>발송할 연계를 모으는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Batch output</source>
        <translation>일괄 출력</translation>
    </message>
    <message>
        <source>Packet {done} of {total} drawn…</source>
        <translation>연계 묶음 {total}건 중 {done}건 작성…</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Appointments</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Whose appointments</source>
        <translation>누구의 일정</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>내 일정</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>팀 전체</translation>
    </message>
    <message>
        <source>Appointments by day and hour</source>
        <translation>요일·시간별 일정</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>&amp;Today (T)</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>&amp;Week (W)</source>
        <translation>주(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day (D)</source>
        <translation>일(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New appointment… (N)</source>
        <translation>새 일정(&amp;N)…</translation>
    </message>
    <message>
        <source>Keys: ←/→ previous or next, T today, N new, W week, D day, P day sheet, ↑/↓ hours.</source>
        <translation>키: ←/→ 이전·다음, T 오늘, N 새 일정, W 주, D 일, P 외근 일정표, ↑/↓ 시간.</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>일정 {count}건</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>충돌 {count}건</translation>
    </message>
    <message>
        <source>The appointment is scheduled.</source>
        <translation>일정을 등록했습니다.</translation>
    </message>
    <message>
        <source>Names on the sheet</source>
        <translation>일정표에 이름 표시</translation>
    </message>
    <message>
        <source>Print clients&apos; names on the day sheet (otherwise the alias or nothing).</source>
        <translation>외근 일정표에 대상자 이름을 싣습니다(아니면 가명만, 없으면 빈칸).</translation>
    </message>
    <message>
        <source>Day &amp;sheet… (P)</source>
        <translation>외근 일정표(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose one person: a day sheet is one worker&apos;s day.</source>
        <translation>한 사람을 고르십시오. 외근 일정표는 한 사람의 하루입니다.</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>외근 일정표</translation>
    </message>
    <message>
        <source>Outreach day sheet of {day}</source>
        <translation>{day} 외근 일정표</translation>
    </message>
    <message>
        <source>Outreach visits</source>
        <translation>외근</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>가정 방문</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;New intake…</source>
        <translation>신규 접수(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>사례 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Search session &amp;notes</source>
        <translation>상담 내용 검색(&amp;E)</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>내 할 일(&amp;T)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>사례 목록(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>목록 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>다음 탭(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>이전 탭(&amp;V)</translation>
    </message>
    <message>
        <source>Pr&amp;ograms and workshops…</source>
        <translation>프로그램·워크숍(&amp;O)…</translation>
    </message>
    <message>
        <source>Satisfaction survey &amp;questions…</source>
        <translation>만족도 조사 문항(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Batch output of referrals ready to send…</source>
        <translation>발송 대기 연계 일괄 출력(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Partner agencies…</source>
        <translation>협력 기관(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard (현황)</source>
        <translation>현황(&amp;D)</translation>
    </message>
    <message>
        <source>Period &amp;report (실적 보고)…</source>
        <translation>실적 보고(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Appointments (일정)…</source>
        <translation>일정(&amp;A)…</translation>
    </message>
    <message>
        <source>Danger &amp;checklist…</source>
        <translation>위험성 평가 문항(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate clients (중복 내담자)…</source>
        <translation>중복 내담자(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close the tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseAppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CaseDetailsEditor</name>
    <message>
        <source>Intake date</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Intake channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>의뢰 기관</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>사건 발생일</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>경찰 신고</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>경찰서</translation>
    </message>
    <message>
        <source>Police case number</source>
        <translation>경찰 사건번호</translation>
    </message>
    <message>
        <source>Relationship to the offender</source>
        <translation>가해자와의 관계</translation>
    </message>
    <message>
        <source>e.g. ex-partner, stranger, relative</source>
        <translation>예: 전 연인, 모르는 사람, 친족</translation>
    </message>
    <message>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>팀원</translation>
    </message>
    <message>
        <source>Case no.:</source>
        <translation>사례번호:</translation>
    </message>
    <message>
        <source>&amp;Intake date:</source>
        <translation>접수일(&amp;I):</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>접수 경로:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>의뢰 기관:</translation>
    </message>
    <message>
        <source>Crime types:</source>
        <translation>피해 유형:</translation>
    </message>
    <message>
        <source>Incident date:</source>
        <translation>사건 발생일:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>사건 개요:</translation>
    </message>
    <message>
        <source>Police report:</source>
        <translation>경찰 신고:</translation>
    </message>
    <message>
        <source>Police station:</source>
        <translation>경찰서:</translation>
    </message>
    <message>
        <source>Police case no.:</source>
        <translation>경찰 사건번호:</translation>
    </message>
    <message>
        <source>Offender is:</source>
        <translation>가해자와의 관계:</translation>
    </message>
    <message>
        <source>Lead counselor:</source>
        <translation>담당 상담원:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>담당 팀:</translation>
    </message>
    <message>
        <source>(former staff)</source>
        <translation>(퇴직 직원)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>예: 2026-11-26</translation>
    </message>
    <message>
        <source>Crime types</source>
        <translation>피해 유형</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>{name} (sync conflict)</source>
        <translation>{name} (동기화 충돌)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>미평가</translation>
    </message>
    <message>
        <source>{open} ({overdue} late)</source>
        <translation>{open} (지남 {overdue})</translation>
    </message>
    <message>
        <source>This case has a sync conflict: two devices changed the same information.</source>
        <translation>이 사례에 동기화 충돌이 있습니다. 두 기기에서 같은 정보를 바꾸었습니다.</translation>
    </message>
    <message>
        <source>{open} open follow-ups, {overdue} of them overdue</source>
        <translation>남은 할 일 {open}건, 그중 기한 지남 {overdue}건</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days}일 전</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위기도</translation>
    </message>
    <message>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>최근 활동</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>The alias is shown when the client has one.</source>
        <translation>가명이 있으면 가명을 표시합니다.</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>눌러서 정렬</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Search results: newest first</source>
        <translation>검색 결과는 최근 등록 순입니다</translation>
    </message>
    <message>
        <source>New intake…</source>
        <translation>신규 접수…</translation>
    </message>
    <message>
        <source>New intake (Ctrl+N)</source>
        <translation>신규 접수 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lock the screen with Ctrl+L whenever you leave the desk. OneStop also locks by itself after {minutes} minutes without input. Your work stays as it was until you unlock.</source>
        <translation>자리를 비울 때는 Ctrl+L로 화면을 잠그십시오. {minutes}분 동안 입력이 없으면 OneStop이 스스로 잠급니다. 잠금을 해제하면 하던 작업이 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>{amount} won</source>
        <translation>{amount}원</translation>
    </message>
    <message>
        <source>age {age}</source>
        <translation>만 {age}세</translation>
    </message>
    <message>
        <source>Cases: more than {count}</source>
        <translation>{count}건 이상</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>{count}건</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>The offender lives with the client — confirm who answers before speaking; no text messages, no mail.</source>
        <translation>가해자 동거 — 연락 시 본인 확인 후 말씀하십시오. 문자·우편 금지.</translation>
    </message>
    <message>
        <source>Satis&amp;faction survey…</source>
        <translation>만족도 조사(&amp;F)…</translation>
    </message>
    <message>
        <source>The case is closed: ask the client about the center&apos;s support (or record that they declined).</source>
        <translation>종결된 사례입니다. 센터 지원에 대한 만족도를 묻거나 응답 거절을 기록합니다.</translation>
    </message>
    <message>
        <source>This case has a sync conflict: the same information was changed on two devices. &lt;a href=&quot;conflicts&quot;&gt;Show the sync conflicts&lt;/a&gt;</source>
        <translation>이 사례에 동기화 충돌이 있습니다. 두 기기에서 같은 정보를 바꾸었습니다. &lt;a href=&quot;conflicts&quot;&gt;동기화 충돌 보기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This case has a sync conflict</source>
        <translation>이 사례에 동기화 충돌이 있습니다</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>Needs &amp;&amp; &amp;plan</source>
        <translation>욕구·계획(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>상담 기록(&amp;S)</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>지원 내역(&amp;V)</translation>
    </message>
    <message>
        <source>Consen&amp;ts</source>
        <translation>동의(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation>연계(&amp;E)</translation>
    </message>
    <message>
        <source>Pro&amp;grams</source>
        <translation>프로그램(&amp;G)</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>할 일(&amp;U)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>이력(&amp;Y)</translation>
    </message>
    <message>
        <source> (alias)</source>
        <translation> (가명)</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>위기도 미평가</translation>
    </message>
    <message>
        <source>the center&apos;s support in this case</source>
        <translation>이 사례에 대한 센터의 지원</translation>
    </message>
    <message>
        <source>Appoint&amp;ments</source>
        <translation>일정(&amp;M)</translation>
    </message>
    <message>
        <source>Takedo&amp;wn</source>
        <translation>삭제 지원(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;afety</source>
        <translation>안전(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>요구(&amp;Q)</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>사례 화면 구분</translation>
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
        <translation>기기 코드는 영문 대문자 또는 숫자 2~8자입니다. 이 컴퓨터에서 만드는 사건 번호의 앞부분이 되므로, 센터의 컴퓨터마다 서로 다른 코드를 정하십시오.</translation>
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
        <translation>{name} 님은 관리자가 정한 임시 비밀번호로 로그인했습니다. 계속하려면 본인만 아는 새 비밀번호를 정하십시오. 취소하면 로그아웃됩니다.</translation>
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
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export the table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Table: {title}</source>
        <translation>표: {title}</translation>
    </message>
    <message>
        <source>Show &amp;table</source>
        <translation>표로 보기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the table (tab-separated, pastes into a spreadsheet)</source>
        <translation>표를 복사합니다 (탭으로 구분되어 스프레드시트에 붙여 넣을 수 있습니다)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>표를 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Falling behind their share of Seoul&apos;s population: {groups}</source>
        <translation>서울시 인구 비율에 비해 크게 적은 집단: {groups}</translation>
    </message>
    <message>
        <source>women</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>men</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Show &amp;chart</source>
        <translation>차트로 보기(&amp;C)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>The chart shows the {count} largest; {left} more are in the table.</source>
        <translation>차트에는 큰 순서로 {count}개만 보입니다. 나머지 {left}개는 표로 보십시오.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditorDialog</name>
    <message>
        <source>&amp;Add a question</source>
        <translation>문항 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Publish as a new version</source>
        <translation>새 판으로 게시(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Alone: high</source>
        <translation>단독 고위험</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Critical from:</source>
        <translation>매우 높음 기준 점수:</translation>
    </message>
    <message>
        <source>Danger checklist</source>
        <translation>위험성 평가 문항</translation>
    </message>
    <message>
        <source>High from:</source>
        <translation>높음 기준 점수:</translation>
    </message>
    <message>
        <source>Medium from:</source>
        <translation>보통 기준 점수:</translation>
    </message>
    <message>
        <source>Published. New assessments use this version.</source>
        <translation>게시했습니다. 새 평가부터 이 판을 씁니다.</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>문항(영어)</translation>
    </message>
    <message>
        <source>Question (Korean)</source>
        <translation>문항(한국어)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Version {version}, published {date}</source>
        <translation>{version}판, {date} 게시</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>shown instead of the name</source>
        <translation>화면에 이름 대신 표시</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>통역 언어</translation>
    </message>
    <message>
        <source>language, when an interpreter is needed</source>
        <translation>통역이 필요하면 언어</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
    <message>
        <source>Road-name address</source>
        <translation>도로명주소</translation>
    </message>
    <message>
        <source>Address details</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <source>building, floor, unit</source>
        <translation>동, 층, 호</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Withhold the address</source>
        <translation>주소 비공개</translation>
    </message>
    <message>
        <source>Left out of referral letters and printouts</source>
        <translation>의뢰서와 출력물에 주소를 넣지 않습니다</translation>
    </message>
    <message>
        <source>Lives with the offender</source>
        <translation>가해자와 동거</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>보호자 연락처</translation>
    </message>
    <message>
        <source>The guardian is the suspected offender</source>
        <translation>보호자가 가해 의심자임</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>가명(&amp;L):</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>성별:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>생년월일(&amp;B):</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>국적:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>통역:</translation>
    </message>
    <message>
        <source>Disability:</source>
        <translation>장애:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>우편번호:</translation>
    </message>
    <message>
        <source>Legal guardian (minor)</source>
        <translation>법정대리인(미성년자)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>관계:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Confirmation &amp;note (required):</source>
        <translation>종결 확인 메모(&amp;N, 필수):</translation>
    </message>
    <message>
        <source>Confirmation note</source>
        <translation>종결 확인 메모</translation>
    </message>
    <message>
        <source>Nothing is left open on {number}.</source>
        <translation>{number}에 남은 미결 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Still open on {number} — choose what happens to each:</source>
        <translation>{number}에 아직 열려 있는 항목 — 각각 어떻게 할지 고르세요:</translation>
    </message>
    <message>
        <source>This case is assessed {risk}: write a short note confirming why it can be closed.</source>
        <translation>이 사례의 위기도는 {risk}입니다. 종결해도 되는 이유를 짧게 적어 주십시오.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>기한 {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>{date}부터 기한 지남</translation>
    </message>
    <message>
        <source>{kind} (agreed {date}): signed copy not attached</source>
        <translation>{kind} ({date} 동의): 서명본 사본 미첨부</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <source>Closing reason</source>
        <translation>종결 사유</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>종결 사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>종결(&amp;C)</translation>
    </message>
    <message>
        <source>A closed case can be reopened when the client comes back.</source>
        <translation>종결한 사례는 내담자가 다시 찾아오면 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Items to settle</source>
        <translation>정리할 항목</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Cancel the referral</source>
        <translation>연계 취소</translation>
    </message>
    <message>
        <source>Consent without its signed copy</source>
        <translation>서명본 없는 동의</translation>
    </message>
    <message>
        <source>Leave open</source>
        <translation>그대로 둠</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>완료 처리</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>미완료 할 일</translation>
    </message>
    <message>
        <source>Referral awaiting a reply</source>
        <translation>회신 대기 연계</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>동기화 충돌</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>동기화 충돌</translation>
    </message>
    <message>
        <source>The same information was changed on two devices before they synchronized. Both versions are kept until you choose one, or combine them, here. Your choice reaches the other devices with the next sync.</source>
        <translation>두 기기가 동기화하기 전에 같은 정보를 각각 바꾸었습니다. 여기에서 하나를 고르거나 두 내용을 합칠 때까지 두 버전을 모두 보관합니다. 선택한 내용은 다음 동기화 때 다른 기기에도 전달됩니다.</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>선택한 충돌</translation>
    </message>
    <message>
        <source>&amp;Value to keep (choose a side above, or combine both here):</source>
        <translation>남길 값(&amp;V) (위에서 하나를 고르거나 여기에서 두 내용을 합치십시오):</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>남길 값</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>이 값으로 해결(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Confirm the &amp;removal</source>
        <translation>삭제 확정(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>사례 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>There are no open sync conflicts.</source>
        <translation>해결할 동기화 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>{device}, {user}, {when}</source>
        <translation>{device}, {user}, {when}</translation>
    </message>
    <message>
        <source>Removed — {by}</source>
        <translation>삭제함 — {by}</translation>
    </message>
    <message>
        <source>Changed to “{value}” — {by}</source>
        <translation>“{value}”(으)로 수정함 — {by}</translation>
    </message>
    <message>
        <source>“{value}” — {by}</source>
        <translation>“{value}” — {by}</translation>
    </message>
    <message>
        <source>Restore keeps the record with the changes made on the other device; confirming removes it on every device.</source>
        <translation>복원하면 다른 기기에서 수정한 내용과 함께 기록이 남고, 삭제를 확정하면 모든 기기에서 삭제됩니다.</translation>
    </message>
    <message>
        <source>Choose one of the values, or type the combined value.</source>
        <translation>값 하나를 고르거나 합친 값을 입력하십시오.</translation>
    </message>
    <message>
        <source>The conflict is settled; the value reaches the other devices with the next sync.</source>
        <translation>충돌을 해결했습니다. 이 값은 다음 동기화 때 다른 기기에도 전달됩니다.</translation>
    </message>
    <message>
        <source>The record is restored.</source>
        <translation>기록을 복원했습니다.</translation>
    </message>
    <message>
        <source>The removal is confirmed.</source>
        <translation>삭제를 확정했습니다.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>One value</source>
        <translation>한쪽 값</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>작성 (기기, 사용자, 시각)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>다른 쪽 값</translation>
    </message>
    <message>
        <source>(center-wide record)</source>
        <translation>(센터 공통 기록)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>{device}, {user}, {when}</source>
        <translation>{device}, {user}, {when}</translation>
    </message>
    <message>
        <source>{count} versions; select the row to see all of them.</source>
        <translation>버전이 {count}개 있습니다. 행을 선택하면 모두 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Collection and use (required)</source>
        <translation>수집·이용 (필수)</translation>
    </message>
    <message>
        <source>Collection and use (optional)</source>
        <translation>수집·이용 (선택)</translation>
    </message>
    <message>
        <source>Processing of sensitive information</source>
        <translation>민감정보 처리</translation>
    </message>
    <message>
        <source>Processing of unique identifiers</source>
        <translation>고유식별정보 처리</translation>
    </message>
    <message>
        <source>Provision to a third party</source>
        <translation>제3자 제공</translation>
    </message>
    <message>
        <source>Receipt of criminal-procedure information</source>
        <translation>형사절차 정보 제공</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>서면 서명</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>화면 서명</translation>
    </message>
    <message>
        <source>Legal basis instead of consent</source>
        <translation>동의 대신 법적 근거</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Nationality and interpreter need</source>
        <translation>국적과 통역 필요 여부</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>법정대리인</translation>
    </message>
    <message>
        <source>Type of harm</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <source>Incident date and summary</source>
        <translation>사건 발생일과 개요</translation>
    </message>
    <message>
        <source>Police report and case number</source>
        <translation>경찰 신고와 사건번호</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>위기도 평가</translation>
    </message>
    <message>
        <source>Support already provided</source>
        <translation>이미 받은 지원</translation>
    </message>
    <message>
        <source>Health information (injuries, treatment)</source>
        <translation>건강 정보(상해, 치료)</translation>
    </message>
    <message>
        <source>Details of sexual harm</source>
        <translation>성폭력 피해 내용</translation>
    </message>
    <message>
        <source>Summary of counseling records</source>
        <translation>상담 기록 요약</translation>
    </message>
    <message>
        <source>Passport or alien registration number</source>
        <translation>여권번호 또는 외국인등록번호</translation>
    </message>
    <message>
        <source>There is no consent to collection and use (required).</source>
        <translation>개인정보 수집·이용(필수) 동의가 없습니다.</translation>
    </message>
    <message>
        <source>There is no consent to provide information to {agency}.</source>
        <translation>{agency}에 정보를 제공하는 데 대한 동의가 없습니다.</translation>
    </message>
    <message>
        <source>The consent to provide information to {agency} does not cover: {items}.</source>
        <translation>{agency}에 대한 제3자 제공 동의에 다음 항목이 빠져 있습니다: {items}</translation>
    </message>
    <message>
        <source>There is no separate consent to process sensitive information ({items}).</source>
        <translation>민감정보({items}) 처리에 대한 별도 동의가 없습니다.</translation>
    </message>
    <message>
        <source>There is no separate consent to process unique identifiers ({items}).</source>
        <translation>고유식별정보({items}) 처리에 대한 별도 동의가 없습니다.</translation>
    </message>
    <message>
        <source>The client was under 14 when consenting: the legal guardian must consent ({kind}).</source>
        <translation>동의할 때 내담자가 만 14세 미만이었습니다. 법정대리인이 동의해야 합니다({kind}).</translation>
    </message>
    <message>
        <source>The guardian is the suspected offender: a guardian&apos;s consent does not count; record the legal basis used instead ({kind}).</source>
        <translation>보호자가 가해 의심자이므로 보호자 동의는 인정되지 않습니다. 대신 적용한 법적 근거를 기록하세요({kind}).</translation>
    </message>
    <message>
        <source>A resident registration number is never sent on consent: record the legal basis that requires it.</source>
        <translation>주민등록번호는 동의만으로 보낼 수 없습니다. 이를 요구하는 법적 근거를 기록하십시오.</translation>
    </message>
    <message>
        <source>Online items to be removed (addresses included)</source>
        <translation>삭제 지원 대상 게시물 목록(주소 포함)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation>제공받는 기관</translation>
    </message>
    <message>
        <source>Choose the agency…</source>
        <translation>기관을 선택하십시오…</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>동의함(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>동의하지 않음(&amp;F)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>이용 목적</translation>
    </message>
    <message>
        <source>e.g. psychological support referral</source>
        <translation>예: 심리 지원 연계</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>보유·이용 기간</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>동의일</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <source>The legal &amp;guardian gave this consent</source>
        <translation>법정대리인이 동의함(&amp;G)</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>법정대리인 이름</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>내담자와의 관계</translation>
    </message>
    <message>
        <source>e.g. mother</source>
        <translation>예: 모</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>e.g. the guardian is the suspected offender</source>
        <translation>예: 보호자가 가해 의심자임</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>동의 종류(&amp;C):</translation>
    </message>
    <message>
        <source>Reci&amp;pient:</source>
        <translation>제공받는 기관(&amp;P):</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>동의 여부:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>이용 목적(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>보유·이용 기간(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>동의일(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;name:</source>
        <translation>법정대리인 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>관계(&amp;L):</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>법적 근거(&amp;B):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>사유(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>Each consent is recorded separately, as it was given: a signed paper form, a phone call or a signature on screen. Record a refusal too.</source>
        <translation>동의는 종류마다 따로, 받은 방법(서면 서명, 전화, 화면 서명) 그대로 기록합니다. 동의하지 않은 경우에도 기록합니다.</translation>
    </message>
    <message>
        <source>The client is under 14 on this date and their guardian is flagged as the suspected offender. The guardian cannot consent for the client: record the legal basis used instead (for example 개인정보 보호법 제15조제1항제5호) and the reason.</source>
        <translation>이 날짜에 내담자는 만 14세 미만이고, 보호자가 가해 의심자로 표시되어 있습니다. 보호자는 내담자를 대신해 동의할 수 없으므로, 동의 대신 적용한 법적 근거(예: 개인정보 보호법 제15조제1항제5호)와 그 사유를 기록합니다.</translation>
    </message>
    <message>
        <source>The client is under 14 on this date: the legal guardian must give this consent. Record the guardian&apos;s name and relation.</source>
        <translation>이 날짜에 내담자는 만 14세 미만이므로 법정대리인이 동의해야 합니다. 법정대리인의 이름과 관계를 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Consent</source>
        <translation>동의 종류</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>제공받는 기관</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>동의 여부</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>동의한 사람</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회일</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>서명본</translation>
    </message>
    <message>
        <source>(unknown agency)</source>
        <translation>(알 수 없는 기관)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>동의함</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>Legal guardian: {name}</source>
        <translation>법정대리인: {name}</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>첨부됨</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>법적 근거: {basis}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>사유: {reason}</translation>
    </message>
    <message>
        <source>Withdrawn on {date}: {note}</source>
        <translation>{date} 철회: {note}</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>&amp;View the signed form…</source>
        <translation>서명본 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>Attach the scanned signed form</source>
        <translation>서명한 동의서 스캔본 첨부</translation>
    </message>
    <message>
        <source>Scans (PDF or image) ({patterns})</source>
        <translation>스캔 파일(PDF 또는 이미지) ({patterns})</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>&amp;Record a consent…</source>
        <translation>동의 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>철회(&amp;W)…</translation>
    </message>
    <message>
        <source>The scan is stored encrypted inside the OneStop database, not as a separate file.</source>
        <translation>스캔본은 별도 파일이 아니라 암호화된 OneStop 데이터베이스 안에 보관됩니다.</translation>
    </message>
    <message>
        <source>Attach the si&amp;gned form…</source>
        <translation>서명본 첨부(&amp;G)…</translation>
    </message>
    <message>
        <source>Consent form for this c&amp;lient…</source>
        <translation>이 내담자용 동의서(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Blank consent form…</source>
        <translation>빈 동의서(&amp;B)…</translation>
    </message>
    <message>
        <source>Each consent is separate (collection, sensitive information, unique identifiers, each recipient agency). A referral can carry only what these consents allow; from the date a consent is withdrawn, referrals that need it are refused. Withdrawn consents and refusals are grey.</source>
        <translation>동의는 수집·이용, 민감정보, 고유식별정보, 제공받는 기관마다 따로 받습니다. 연계에는 이 동의가 허용하는 항목만 담을 수 있고, 동의를 철회하면 철회일부터 그 동의가 필요한 연계는 보낼 수 없습니다. 철회했거나 동의하지 않은 항목은 회색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose a consent to see its purpose, retention and how it was given.</source>
        <translation>동의를 선택하면 이용 목적, 보유 기간, 동의 방법을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Purpose: {purpose} · Retention: {retention}</source>
        <translation>이용 목적: {purpose} · 보유·이용 기간: {retention}</translation>
    </message>
    <message>
        <source>Legal basis: {basis} · Reason: {reason}</source>
        <translation>법적 근거: {basis} · 사유: {reason}</translation>
    </message>
    <message>
        <source>Withdrawn on {date}: {note}</source>
        <translation>{date} 철회: {note}</translation>
    </message>
    <message>
        <source>Form version {version}</source>
        <translation>동의서 판 {version}</translation>
    </message>
    <message>
        <source>The consent is recorded.</source>
        <translation>동의를 기록했습니다.</translation>
    </message>
    <message>
        <source>The consent is withdrawn. Referrals that need it can no longer be sent.</source>
        <translation>동의 철회를 기록했습니다. 이 동의가 필요한 연계는 더 이상 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The signed form is attached. It is stored encrypted inside the OneStop database; the file {name} is still where it was — delete it there if it is no longer needed.</source>
        <translation>서명본을 첨부했습니다. 서명본은 암호화된 OneStop 데이터베이스 안에 보관됩니다. 원래 파일 {name}은(는) 그 자리에 그대로 있으니, 필요 없으면 직접 삭제하십시오.</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove a consent entered by mistake (with the reason)</source>
        <translation>잘못 입력한 동의를 삭제합니다(사유 기록)</translation>
    </message>
    <message>
        <source>The consent is removed; the history keeps why.</source>
        <translation>동의를 삭제했습니다. 이력에 사유가 남습니다.</translation>
    </message>
    <message>
        <source>{kind}, given {date}</source>
        <translation>{kind}, {date} 동의</translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <source>main</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>NO TEXT MESSAGES</source>
        <translation>문자 금지</translation>
    </message>
    <message>
        <source>call {hours}</source>
        <translation>연락 가능 {hours}</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Add number…</source>
        <translation>번호 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>전화번호 없음</translation>
    </message>
    <message>
        <source>Remove phone number</source>
        <translation>전화번호 삭제</translation>
    </message>
    <message>
        <source>Remove {number} from the client&apos;s numbers? The change stays in the history.</source>
        <translation>내담자의 전화번호에서 {number}을(를) 삭제하시겠습니까? 변경 내용은 이력에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CounselingSessionEditor</name>
    <message>
        <source>Counseling sessions</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 상담 기록</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>예: 2026-11-26 14:30</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>상담 시간(분)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>다음 계획</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>시간(분):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <source>Counselor:</source>
        <translation>상담원:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>상담 내용(&amp;N):</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>다음 계획:</translation>
    </message>
    <message>
        <source>Counseling session</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <source>New counseling session</source>
        <translation>새 상담 기록</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>{when} 상담</translation>
    </message>
</context>
<context>
    <name>CounselingSessionTableModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>상담 내용</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>New cases per month by crime type</source>
        <translation>월별 신규 사건 (피해 유형별)</translation>
    </message>
    <message>
        <source>Open caseload per counselor (now)</source>
        <translation>상담원별 진행 중인 사건 (현재)</translation>
    </message>
    <message>
        <source>Services given per domain</source>
        <translation>분야별 지원 서비스</translation>
    </message>
    <message>
        <source>Referral outcomes per agency (sent in the period)</source>
        <translation>기관별 연계 결과 (기간 중 발송)</translation>
    </message>
    <message>
        <source>Average days from sent to received and to completed</source>
        <translation>발송에서 접수·완료까지 평균 일수</translation>
    </message>
    <message>
        <source>Overdue follow-ups (now)</source>
        <translation>기한 지난 후속 조치 (현재)</translation>
    </message>
    <message>
        <source>Intake against Seoul&apos;s population by age and gender (%)</source>
        <translation>연령·성별 접수 비율과 서울시 인구 비율 (%)</translation>
    </message>
    <message>
        <source>Feedback: average score (1–5) per month</source>
        <translation>만족도: 월별 평균 점수 (1~5)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>진행 사건</translation>
    </message>
    <message>
        <source>By the center</source>
        <translation>센터 직접</translation>
    </message>
    <message>
        <source>Through an agency</source>
        <translation>기관 연계</translation>
    </message>
    <message>
        <source>Days to received</source>
        <translation>접수까지 일수</translation>
    </message>
    <message>
        <source>Days to completed</source>
        <translation>완료까지 일수</translation>
    </message>
    <message>
        <source>Women: intake</source>
        <translation>여성: 접수</translation>
    </message>
    <message>
        <source>Women: Seoul</source>
        <translation>여성: 서울시</translation>
    </message>
    <message>
        <source>Men: intake</source>
        <translation>남성: 접수</translation>
    </message>
    <message>
        <source>Men: Seoul</source>
        <translation>남성: 서울시</translation>
    </message>
    <message>
        <source>1–7 days late</source>
        <translation>1~7일 지남</translation>
    </message>
    <message>
        <source>8–30 days late</source>
        <translation>8~30일 지남</translation>
    </message>
    <message>
        <source>over 30 days late</source>
        <translation>30일 넘게 지남</translation>
    </message>
    <message>
        <source>{month}</source>
        <translation>{month}월</translation>
    </message>
    <message>
        <source>Several types</source>
        <translation>복합 피해</translation>
    </message>
    <message>
        <source>(nobody assigned)</source>
        <translation>(담당자 없음)</translation>
    </message>
    <message>
        <source>Support received (case)</source>
        <translation>사례 지원</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Service domain</source>
        <translation>지원 분야</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>연령대</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <source>New cases and people per month</source>
        <translation>월별 신규 사건과 내담자 수</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>신규 사건</translation>
    </message>
    <message>
        <source>People (each once)</source>
        <translation>내담자 (한 사람은 한 번)</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard (현황)</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>현황 상태</translation>
    </message>
    <message>
        <source>Period &amp;report…</source>
        <translation>실적 보고(&amp;R)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <source>Center-wide</source>
        <translation>센터 전체</translation>
    </message>
    <message>
        <source>Your own caseload</source>
        <translation>내 담당 사건만</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days: {count}</source>
        <translation>30일 안에 다가오는 기한: {count}건</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>Relief fund application</source>
        <translation>구조금 신청 기한</translation>
    </message>
    <message>
        <source>3 years from learning of the harm or 10 years from the crime, whichever comes first</source>
        <translation>피해를 안 날부터 3년, 범죄피해가 발생한 날부터 10년 중 먼저 오는 날</translation>
    </message>
    <message>
        <source>Relief fund review request</source>
        <translation>구조금 재심 신청 기한</translation>
    </message>
    <message>
        <source>2 weeks from service of the district council&apos;s decision</source>
        <translation>지구심의회 결정 송달일부터 2주</translation>
    </message>
    <message>
        <source>Civil damages claim</source>
        <translation>손해배상 청구 기한</translation>
    </message>
    <message>
        <source>3 years from knowing the harm and the offender, 10 years from the act</source>
        <translation>손해와 가해자를 안 날부터 3년, 불법행위를 한 날부터 10년</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Not applicable: {reason}</source>
        <translation>해당 없음: {reason}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>지남</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>{days}일 남음</translation>
    </message>
</context>
<context>
    <name>DemoHint</name>
    <message>
        <source>This is a demo with fictional data. Log in with:</source>
        <translation>가상 자료로 만든 데모입니다. 다음으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>User name: {username}</source>
        <translation>사용자 이름: {username}</translation>
    </message>
    <message>
        <source>Passphrase: {passphrase}</source>
        <translation>비밀번호: {passphrase}</translation>
    </message>
    <message>
        <source>Other demo accounts, same passphrase: {accounts}.</source>
        <translation>다른 데모 계정(비밀번호 같음): {accounts}</translation>
    </message>
</context>
<context>
    <name>DemoSplash</name>
    <message>
        <source>Preparing demo data…</source>
        <translation>데모 데이터를 만드는 중…</translation>
    </message>
    <message>
        <source>A fictional center with made-up clients, in a temporary folder that is removed when OneStop exits.</source>
        <translation>가상의 내담자로 채운 가상 센터입니다. 임시 폴더에 만들며 OneStop을 끝내면 지웁니다.</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolmentCodeDialog</name>
    <message>
        <source>One-time code for {device}</source>
        <translation>{device}의 일회용 코드</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>일회용 코드</translation>
    </message>
    <message>
        <source>I have noted the code</source>
        <translation>코드를 적어 두었습니다</translation>
    </message>
    <message>
        <source>The enrolment file for {device} is saved: {file}</source>
        <translation>{device}의 등록 파일을 저장했습니다: {file}</translation>
    </message>
    <message>
        <source>Hand this code over separately from the file: for example, the file on a USB stick and the code read aloud or on paper given in person. Never send both the same way.</source>
        <translation>이 코드는 등록 파일과 따로 전달하십시오. 예를 들어 파일은 USB 메모리로, 코드는 직접 불러 주거나 종이에 적어 건네십시오. 둘을 같은 방법으로 보내면 안 됩니다.</translation>
    </message>
    <message>
        <source>The code works once and expires in 24 hours. It is not stored anywhere and cannot be shown again; if it is lost, enrol the device anew.</source>
        <translation>코드는 한 번만 쓸 수 있고 24시간 뒤에 만료됩니다. 어디에도 저장되지 않아 다시 볼 수 없으니, 잃어버렸다면 기기를 새로 등록하십시오.</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolmentDialog</name>
    <message>
        <source>Save the enrolment file as</source>
        <translation>등록 파일 저장</translation>
    </message>
    <message>
        <source>OneStop enrolment files (*{suffix})</source>
        <translation>OneStop 등록 파일 (*{suffix})</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>기기 등록</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>컴퓨터 이름</translation>
    </message>
    <message>
        <source>e.g. outreach-laptop-2</source>
        <translation>예: outreach-laptop-2</translation>
    </message>
    <message>
        <source>&amp;All cases — a workstation in the center</source>
        <translation>모든 사례(&amp;A) — 센터 안의 업무용 PC</translation>
    </message>
    <message>
        <source>&amp;Field kit — only the cases assigned to its users</source>
        <translation>현장용(&amp;F) — 사용자가 맡은 사례만</translation>
    </message>
    <message>
        <source>Users who will work on it</source>
        <translation>이 기기를 쓸 사용자</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>등록 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>기기 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>등록 파일(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Create the enrolment file</source>
        <translation>등록 파일 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>The enrolment file carries the new device&apos;s keys and the data it may hold, encrypted. It opens only with the one-time code shown next, within 24 hours, once.</source>
        <translation>등록 파일에는 새 기기의 키와 그 기기가 가질 수 있는 자료가 암호화되어 들어 있습니다. 다음 화면에 나오는 일회용 코드로만, 24시간 안에, 한 번 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Give the device a name.</source>
        <translation>기기 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose at least one user who will work on it.</source>
        <translation>이 기기를 쓸 사용자를 한 명 이상 고르십시오.</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>등록 파일을 저장할 곳을 고르십시오.</translation>
    </message>
    <message>
        <source>Writing the enrolment file…</source>
        <translation>등록 파일을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>마지막으로 받은 번들</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (이 컴퓨터)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>기기 관리</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>등록(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>폐기(&amp;R)…</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>격리된 번들</translation>
    </message>
    <message>
        <source>These bundles were received but not applied. Bundles from a device whose clock was ahead or from a newer OneStop version are applied by themselves once that is fixed; a revoked device&apos;s bundles stay here.</source>
        <translation>받았지만 반영하지 않은 번들입니다. 시계가 앞선 기기나 더 새로운 버전의 OneStop이 만든 번들은 문제가 해결되면 저절로 반영되고, 폐기된 기기의 번들은 여기에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>{device} is enrolled. Give its one-time code separately from the file.</source>
        <translation>{device}을(를) 등록했습니다. 일회용 코드는 파일과 따로 전달하십시오.</translation>
    </message>
    <message>
        <source>{device} is revoked.</source>
        <translation>{device}을(를) 폐기했습니다.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Mark the printed referrals sent</source>
        <translation>출력한 의뢰 발송 처리</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>발송 방법</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>발송일</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>발송 방법(&amp;B):</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>발송일(&amp;O):</translation>
    </message>
    <message>
        <source>{count} referrals of this output will be marked sent and leave the ready batch.</source>
        <translation>이번에 출력한 의뢰 {count}건을 발송으로 기록합니다. 발송 대기 일괄 출력에서 빠집니다.</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>발송 처리(&amp;M)</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-11-26.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 쓰십시오. 예: 2026-11-26</translation>
    </message>
</context>
<context>
    <name>EnrolmentAttendanceDialog</name>
    <message>
        <source>Attendance: {program}</source>
        <translation>출석: {program}</translation>
    </message>
    <message>
        <source>Choose a session, then 1 present, 2 absent, 3 excused, Delete to clear.</source>
        <translation>회기를 고른 뒤 1 출석, 2 결석, 3 사유 결석, Delete로 지웁니다.</translation>
    </message>
    <message>
        <source>Present (&amp;1)</source>
        <translation>출석(&amp;1)</translation>
    </message>
    <message>
        <source>Absent (&amp;2)</source>
        <translation>결석(&amp;2)</translation>
    </message>
    <message>
        <source>Excused (&amp;3)</source>
        <translation>사유 결석(&amp;3)</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>지우기(Del)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>EnrolmentTableModel</name>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료일</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <source>no session yet</source>
        <translation>진행된 회기 없음</translation>
    </message>
    <message>
        <source>{present} of {held}</source>
        <translation>{held}회 중 {present}회</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록됨</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No OneStop data in {folder}. Run the first-run setup (or `onestop-admin init`) first.</source>
        <translation>{folder}에 OneStop 자료가 없습니다. 먼저 처음 설정(또는 `onestop-admin init`)을 실행하십시오.</translation>
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
        <translation>로그인에 여러 번 실패해 계정이 잠겼습니다. {minutes}분 후에 다시 시도하거나 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Please wait {seconds} seconds before trying again.</source>
        <translation>{seconds}초 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is deactivated. Ask an administrator.</source>
        <translation>&apos;{username}&apos; 계정은 비활성화되어 있습니다. 관리자에게 문의하십시오.</translation>
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
        <translation>이 자료는 더 새로운 OneStop 버전에서 만들어졌습니다(스키마 {found}, 이 버전은 {known}까지 지원). 이 컴퓨터의 OneStop을 업데이트하십시오. 자료는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database file is missing from {folder}. Restore it from a backup.</source>
        <translation>{folder}에 데이터베이스 파일이 없습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore it from a backup.</source>
        <translation>데이터베이스 파일이 손상되었습니다({detail}). 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The database file does not belong to this installation&apos;s keys ({detail}).</source>
        <translation>데이터베이스 파일이 이 설치본의 키와 맞지 않습니다({detail}).</translation>
    </message>
    <message>
        <source>The key file in {folder} is damaged or unreadable. Restore it from a backup.</source>
        <translation>{folder}의 키 파일이 손상되었거나 읽을 수 없습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to {path}. Free some space and try again.</source>
        <translation>디스크 공간이 부족해 {path}에 아무것도 쓰지 않았습니다. 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation>{path}에 쓸 권한이 없습니다. 다른 폴더를 선택하십시오.</translation>
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
        <source>&apos;{username}&apos; is not an active administrator on this device; restore with an active administrator&apos;s passphrase or the recovery key. Nothing was restored.</source>
        <translation>&apos;{username}&apos; 계정은 이 기기의 활성 관리자가 아닙니다. 활성 관리자의 비밀번호나 복구 키로 복원하십시오. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of OneStop (schema {found}); nothing was restored.</source>
        <translation>더 새로운 OneStop 버전에서 만든 백업입니다(스키마 {found}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a period: write 2026, 2026-Q3, 2026-07 or 2026-03-01..2026-04-15.</source>
        <translation>&apos;{value}&apos;은(는) 기간이 아닙니다. 2026, 2026-Q3, 2026-07 또는 2026-03-01..2026-04-15 형식으로 쓰십시오.</translation>
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
        <translation>{file}: 문제 {count}건을 찾아 아무것도 가져오지 않았습니다. 표시된 행을 고친 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>The file has {rows} rows; import at most {limit} at a time.</source>
        <translation>파일에 {rows}행이 있습니다. 한 번에 최대 {limit}행까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The referral cannot be sent: {count} consent problems (listed below). Nothing was sent.</source>
        <translation>연계 의뢰서를 보낼 수 없습니다. 동의 문제가 {count}건 있습니다(아래 목록). 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The Korean font {font} is missing from this installation; documents cannot be made. Reinstall OneStop.</source>
        <translation>이 설치본에 한글 글꼴 {font}이(가) 없어 문서를 만들 수 없습니다. OneStop을 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>No referral is ready to send: drafts whose consents are complete are printed in the batch.</source>
        <translation>보낼 준비가 된 연계 의뢰서가 없습니다. 동의가 모두 갖춰진 작성 중 의뢰서만 일괄 출력합니다.</translation>
    </message>
    <message>
        <source>No case numbered {number} is open to you. Check the number (e.g. D1-2026-00001).</source>
        <translation>사례 번호 {number}에 해당하는 사례가 없거나 열람 권한이 없습니다. 번호를 확인하십시오(예: D1-2026-00001).</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation>기록을 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The one-time code does not open this enrolment file. Check the code and try again.</source>
        <translation>일회용 코드로 이 등록 파일을 열 수 없습니다. 코드를 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This enrolment file has expired (it is valid for 24 hours). Ask an administrator for a new one.</source>
        <translation>이 등록 파일은 만료되었습니다(24시간 동안 유효). 관리자에게 새 파일을 요청하십시오.</translation>
    </message>
    <message>
        <source>{file} is not an intact OneStop enrolment file. Nothing was set up.</source>
        <translation>{file}은(는) 온전한 OneStop 등록 파일이 아닙니다. 아무것도 설정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The center has revoked this device. Its OneStop data has been deleted from this computer.</source>
        <translation>센터가 이 기기를 폐기했습니다. 이 컴퓨터의 OneStop 데이터를 삭제했습니다.</translation>
    </message>
    <message>
        <source>No device named {name} is enrolled.</source>
        <translation>{name}(이)라는 등록된 기기가 없습니다.</translation>
    </message>
    <message>
        <source>A device named {name} is already enrolled.</source>
        <translation>{name}(이)라는 기기가 이미 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>The sync folder {folder} cannot be reached (is the drive connected?). Nothing was synchronized.</source>
        <translation>동기화 폴더 {folder}에 접근할 수 없습니다(드라이브가 연결되어 있습니까?). 아무것도 동기화하지 않았습니다.</translation>
    </message>
    <message>
        <source>This enrolment file was not made for the user {username}.</source>
        <translation>이 등록 파일은 사용자 {username}을(를) 위해 만든 것이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is in the OneStop data folder {folder}; nothing was written. Choose a place outside it.</source>
        <translation>{path}은(는) OneStop 데이터 폴더 {folder} 안에 있습니다. 아무것도 쓰지 않았습니다. 이 폴더 밖의 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another name, or confirm replacing it (onestop-admin: --force).</source>
        <translation>{path} 파일이 이미 있습니다. 아무것도 쓰지 않았습니다. 다른 이름을 고르거나, 바꿔 쓰기를 확인하세요(onestop-admin: --force).</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffixes} for what is written; nothing was written.</source>
        <translation>{file}: 저장하는 내용에 맞게 파일 이름이 {suffixes}(으)로 끝나야 합니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} is too big to import (more than {rows} rows or {megabytes} MB unpacked); nothing was imported. Split it into smaller files.</source>
        <translation>{file}은(는) 가져오기에 너무 큽니다({rows}행 또는 압축을 푼 크기 {megabytes} MB 초과). 아무것도 가져오지 않았습니다. 작은 파일로 나누어 주십시오.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Your edits were kept on screen; reload to see their change, then save again.</source>
        <translation>이 기록을 연 뒤 다른 사람이 내용을 바꿨습니다. 입력한 내용은 화면에 그대로 있습니다. 새로 불러와 변경 내용을 확인한 뒤 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>No referral numbered {number} is open to you. Check the number (e.g. D1-연계-2026-00001).</source>
        <translation>열람할 수 있는 의뢰 중 {number} 번호가 없습니다. 번호를 확인하십시오(예: D1-연계-2026-00001).</translation>
    </message>
    <message>
        <source>Referral {number} is not a draft waiting to go out; nothing was marked sent.</source>
        <translation>의뢰 {number}은(는) 발송을 기다리는 작성중 의뢰가 아닙니다. 아무것도 발송 처리하지 않았습니다.</translation>
    </message>
    <message>
        <source>Referral {number} has not been printed or saved yet: print it first. Nothing was marked sent.</source>
        <translation>의뢰 {number}은(는) 아직 출력하거나 저장한 적이 없습니다. 먼저 출력하십시오. 아무것도 발송 처리하지 않았습니다.</translation>
    </message>
    <message>
        <source>{value} is not a month: write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>{value}은(는) 월이 아닙니다. YYYY-MM 형식으로 쓰십시오(예: 2026-11).</translation>
    </message>
    <message>
        <source>Cases {first} and {second} already belong to the same client; nothing was merged.</source>
        <translation>{first}와(과) {second}는 이미 같은 내담자의 사례입니다. 병합하지 않았습니다.</translation>
    </message>
    <message>
        <source>Case {number} is due for destruction from {due}; nothing was destroyed. To destroy it earlier at the client&apos;s request (개인정보 보호법 제36조), confirm an early destruction (onestop-admin: --early).</source>
        <translation>사례 {number}은(는) {due}부터 파기 대상입니다. 아무것도 파기하지 않았습니다. 정보주체의 삭제 요구(개인정보 보호법 제36조)로 먼저 파기하려면 조기 파기를 확인하십시오(onestop-admin: --early).</translation>
    </message>
    <message>
        <source>Case {number} must be kept under {law} ({what}); nothing was destroyed.</source>
        <translation>사례 {number}은(는) {law}에 따라 보존해야 합니다({what}). 아무것도 파기하지 않았습니다.</translation>
    </message>
    <message>
        <source>Case {number} has already been destroyed ({day}); nothing was done.</source>
        <translation>사례 {number}은(는) 이미 파기되었습니다({day}). 아무것도 하지 않았습니다.</translation>
    </message>
    <message>
        <source>No destruction of case {number} is waiting for confirmation.</source>
        <translation>확인을 기다리는 사례 {number}의 파기 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Cases are destroyed from a workstation; this field kit removes them at its next sync. Nothing was destroyed.</source>
        <translation>사례 파기는 사무실 컴퓨터에서 합니다. 이 현장용 기기에서는 다음 동기화 때 삭제됩니다. 아무것도 파기하지 않았습니다.</translation>
    </message>
    <message>
        <source>The destruction of case {number} must be confirmed by another administrator than the one who ordered it.</source>
        <translation>사례 {number}의 파기는 요청한 관리자가 아닌 다른 관리자가 확인해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Closed case</source>
        <translation>종결 사례</translation>
    </message>
    <message>
        <source>Completed program</source>
        <translation>수료한 프로그램</translation>
    </message>
    <message>
        <source>On this computer, by the client</source>
        <translation>센터 단말기(본인 직접)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>From a paper form</source>
        <translation>종이 설문지</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>응답 거절</translation>
    </message>
    <message>
        <source>5-point scale</source>
        <translation>5점 척도</translation>
    </message>
    <message>
        <source>Service that helped most</source>
        <translation>가장 도움이 된 지원</translation>
    </message>
    <message>
        <source>Free comment</source>
        <translation>자유 의견</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>전혀 아니다</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>아니다</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>보통이다</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>그렇다</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>매우 그렇다</translation>
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
        <translation>1~100자로 입력하십시오.</translation>
    </message>
    <message>
        <source>use 2 to 8 capital letters A-Z or digits.</source>
        <translation>영문 대문자(A~Z) 또는 숫자 2~8자로 입력하십시오.</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one.</source>
        <translation>새 비밀번호가 현재 비밀번호와 같습니다.</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>계</translation>
    </message>
    <message>
        <source>{value}, well below its share of the population</source>
        <translation>{value}, 인구 비율보다 크게 적음</translation>
    </message>
    <message>
        <source>Well below this group&apos;s share of Seoul&apos;s population</source>
        <translation>이 집단의 서울시 인구 비율보다 크게 적습니다</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Show cases with status {status}</source>
        <translation>상태가 {status}인 사례 보기</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <source>All crime types</source>
        <translation>모든 피해 유형</translation>
    </message>
    <message>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>모든 상담원</translation>
    </message>
    <message>
        <source>Minimum risk</source>
        <translation>최소 위기도</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>모든 위기도</translation>
    </message>
    <message>
        <source>{level} or higher</source>
        <translation>{level} 이상</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>내 사례</translation>
    </message>
    <message>
        <source>Cases I lead or am on the team of</source>
        <translation>내가 담당하거나 팀원인 사례</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>기한 지난 할 일</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 초기화</translation>
    </message>
</context>
<context>
    <name>FollowupAdder</name>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>e.g. call about the court date</source>
        <translation>예: 재판 기일 안내 전화</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>&amp;New task:</source>
        <translation>새 할 일(&amp;N):</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>새 할 일</translation>
    </message>
</context>
<context>
    <name>FollowupTableModel</name>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>기한이 {days}일 지났습니다</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the chosen follow-up, entered by mistake (with the reason)</source>
        <translation>잘못 입력한 할 일을 삭제합니다(사유 기록)</translation>
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
        <translation>사용자 이름과 비밀번호를 입력하십시오.</translation>
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
        <translation>{name}({role}) 님이 사용 중인 화면입니다. 계속하려면 비밀번호를 입력하십시오.</translation>
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
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Try again in {seconds} s</source>
        <translation>{seconds}초 후 다시 시도</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Plan goals</source>
        <translation>지원 계획 목표</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>새 목표</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>No particular domain</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>목표(&amp;G):</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>목표일:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>지원 계획 목표</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>closing note</source>
        <translation>종결 확인 메모</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>담당 팀</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>욕구</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>지원 계획 목표</translation>
    </message>
    <message>
        <source>Counseling session</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>지원 내역</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>연계 의뢰</translation>
    </message>
    <message>
        <source>Program enrolment</source>
        <translation>프로그램 참여</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>통역</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>address details</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>address withheld</source>
        <translation>주소 비공개</translation>
    </message>
    <message>
        <source>lives with the offender</source>
        <translation>가해자와 동거</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>guardian&apos;s relation</source>
        <translation>보호자 관계</translation>
    </message>
    <message>
        <source>guardian&apos;s phone</source>
        <translation>보호자 연락처</translation>
    </message>
    <message>
        <source>guardian suspected</source>
        <translation>보호자 가해 의심</translation>
    </message>
    <message>
        <source>number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>label</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>문자 수신</translation>
    </message>
    <message>
        <source>hours to call</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <source>contact instructions</source>
        <translation>연락 시 주의 사항</translation>
    </message>
    <message>
        <source>main number</source>
        <translation>대표 번호</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>적용일</translation>
    </message>
    <message>
        <source>replaced on</source>
        <translation>변경일</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <source>intake date</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>intake channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>referring agency</source>
        <translation>의뢰 기관</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>사건 발생일</translation>
    </message>
    <message>
        <source>incident summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <source>police report</source>
        <translation>경찰 신고</translation>
    </message>
    <message>
        <source>police station</source>
        <translation>경찰서</translation>
    </message>
    <message>
        <source>police case number</source>
        <translation>경찰 사건번호</translation>
    </message>
    <message>
        <source>relationship to the offender</source>
        <translation>가해자와의 관계</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>위기도</translation>
    </message>
    <message>
        <source>risk assessed on</source>
        <translation>위기도 평가일</translation>
    </message>
    <message>
        <source>risk assessed by</source>
        <translation>위기도 평가자</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <source>closing reason</source>
        <translation>종결 사유</translation>
    </message>
    <message>
        <source>lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <source>crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <source>member</source>
        <translation>팀원</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>level</source>
        <translation>수준</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>상담 시간</translation>
    </message>
    <message>
        <source>counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>다음 계획</translation>
    </message>
    <message>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>제공 주체</translation>
    </message>
    <message>
        <source>provider&apos;s name</source>
        <translation>제공 기관</translation>
    </message>
    <message>
        <source>date provided</source>
        <translation>제공일</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>완료일</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>동의 여부</translation>
    </message>
    <message>
        <source>items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>보유 기간</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>동의일</translation>
    </message>
    <message>
        <source>method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>taken by</source>
        <translation>받은 사람</translation>
    </message>
    <message>
        <source>form version</source>
        <translation>서식 버전</translation>
    </message>
    <message>
        <source>given by the guardian</source>
        <translation>보호자 동의</translation>
    </message>
    <message>
        <source>reason for the legal basis</source>
        <translation>법적 근거 적용 사유</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>철회일</translation>
    </message>
    <message>
        <source>withdrawal note</source>
        <translation>철회 메모</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>requested services</source>
        <translation>요청 서비스</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>registration number included</source>
        <translation>주민등록번호 포함</translation>
    </message>
    <message>
        <source>legal basis for the registration number</source>
        <translation>주민등록번호 처리 근거</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>작성일</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>enrolled on</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>수료일</translation>
    </message>
    <message>
        <source>{what} {operation}</source>
        <translation>{what} {operation}</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>first date and time</source>
        <translation>처음 일시</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>interval in weeks</source>
        <translation>반복 간격(주)</translation>
    </message>
    <message>
        <source>Danger assessment</source>
        <translation>위험성 평가</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>안전계획</translation>
    </message>
    <message>
        <source>Protective measure</source>
        <translation>안전조치</translation>
    </message>
    <message>
        <source>Deadline not applicable</source>
        <translation>기한 해당 없음</translation>
    </message>
    <message>
        <source>learned of the harm on</source>
        <translation>피해를 안 날</translation>
    </message>
    <message>
        <source>relief fund decision served on</source>
        <translation>구조금 결정 송달일</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>결정 기관</translation>
    </message>
    <message>
        <source>decision number</source>
        <translation>결정 번호</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>적용 여부</translation>
    </message>
    <message>
        <source>Data subject request</source>
        <translation>정보주체 요구</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>answered on</source>
        <translation>답변일</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>reason for removal</source>
        <translation>삭제 사유</translation>
    </message>
    <message>
        <source>received by</source>
        <translation>접수자</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>removal note</source>
        <translation>삭제 메모</translation>
    </message>
    <message>
        <source>what was asked</source>
        <translation>요구 내용</translation>
    </message>
    <message>
        <source>Client merge</source>
        <translation>내담자 병합</translation>
    </message>
    <message>
        <source>merged into another client</source>
        <translation>다른 내담자로 병합됨</translation>
    </message>
    <message>
        <source>merged at</source>
        <translation>병합 시각</translation>
    </message>
    <message>
        <source>merged on</source>
        <translation>병합일</translation>
    </message>
    <message>
        <source>by</source>
        <translation>처리자</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Case history</source>
        <translation>사례 이력</translation>
    </message>
    <message>
        <source>Newest first. Times are local. Values are not shown here, only which fields changed.</source>
        <translation>최근 순이며 시각은 이 컴퓨터 기준입니다. 바뀐 항목만 보이고 값은 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New intake</source>
        <translation>신규 접수</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>shown instead of the name</source>
        <translation>화면에 이름 대신 표시</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>No text messages</source>
        <translation>문자 금지</translation>
    </message>
    <message>
        <source>Hours to call</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <source>e.g. weekdays 10:00~17:00</source>
        <translation>예: 평일 10:00~17:00</translation>
    </message>
    <message>
        <source>Intake channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>의뢰 기관</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>사건 발생일</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위기도</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>미평가</translation>
    </message>
    <message>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>무슨 일이 있었는지 짧게</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>가명(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>성별(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>생년월일(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>Hours to &amp;call:</source>
        <translation>연락 가능 시간(&amp;C):</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>접수 경로(&amp;H):</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>의뢰 기관(&amp;B):</translation>
    </message>
    <message>
        <source>Crime types:</source>
        <translation>피해 유형:</translation>
    </message>
    <message>
        <source>&amp;Incident date:</source>
        <translation>사건 발생일(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>위기도(&amp;K):</translation>
    </message>
    <message>
        <source>Lead c&amp;ounselor:</source>
        <translation>담당 상담원(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>사건 개요(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>접수(&amp;R)</translation>
    </message>
    <message>
        <source>The new intake has not been registered. Register it now?</source>
        <translation>신규 접수가 아직 등록되지 않았습니다. 지금 등록하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ItemChecklist</name>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>[sensitive]</source>
        <translation>[민감정보]</translation>
    </message>
    <message>
        <source>[unique identifier]</source>
        <translation>[고유식별정보]</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>동의 없음</translation>
    </message>
    <message>
        <source>The client has not consented to give this item to this agency.</source>
        <translation>내담자가 이 항목을 이 기관에 제공하는 데 동의하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <source>How was your experience with the center?</source>
        <translation>센터 이용은 어떠셨습니까?</translation>
    </message>
    <message>
        <source>How was the program?</source>
        <translation>프로그램은 어떠셨습니까?</translation>
    </message>
    <message>
        <source>Your answers are anonymous: they are stored without your name, and your counselor cannot see what you answered. Skip any question you prefer not to answer.</source>
        <translation>응답은 익명으로 처리됩니다. 이름 없이 저장되며 담당 상담원도 개별 응답을 볼 수 없습니다. 답하고 싶지 않은 문항은 건너뛰셔도 됩니다.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Stop without answering</source>
        <translation>응답하지 않고 그만두기</translation>
    </message>
    <message>
        <source>Please let your counselor know that you have finished.</source>
        <translation>마치셨으면 담당 상담원에게 알려 주십시오.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마치기</translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation>응답해 주셔서 감사합니다.</translation>
    </message>
    <message>
        <source>The survey was stopped. Nothing was recorded.</source>
        <translation>조사를 그만두었습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>설문 문항</translation>
    </message>
</context>
<context>
    <name>Licenses</name>
    <message>
        <source>OneStop uses the Qt libraries and Qt for Python under the GNU Lesser General Public License version 3. They are used as separate, dynamically loaded libraries: you may replace them in this installation with a compatible version you built or modified yourself. In the installed program folder they are the files in _internal/PySide6/Qt/lib (Qt) and _internal/PySide6 (Qt for Python); on Windows both are in _internal/PySide6. Replace them with builds of the same Qt version. The source code of Qt and Qt for Python is available from the Qt Project at https://download.qt.io. The licence text follows; the GNU GPL it refers to is in _internal/resources/licenses/GPL-3.0.txt.</source>
        <translation>OneStop은 Qt 라이브러리와 Qt for Python을 GNU 약소 일반 공중 사용 허가서(LGPL) 버전 3에 따라 사용합니다. 이 라이브러리들은 별도의 동적 라이브러리로 불러와 쓰므로, 이 설치본의 Qt 라이브러리를 직접 빌드하거나 수정한 호환 버전으로 바꿔 쓸 수 있습니다. 설치된 프로그램 폴더의 _internal/PySide6/Qt/lib(Qt)와 _internal/PySide6(Qt for Python)에 있는 파일들이며, Windows에서는 둘 다 _internal/PySide6에 있습니다. 같은 Qt 버전으로 빌드한 파일로 바꾸십시오. Qt와 Qt for Python의 소스 코드는 Qt Project(https://download.qt.io)에서 받을 수 있습니다. 아래에 사용 허가서 전문이 있으며, 여기서 말하는 GNU GPL은 _internal/resources/licenses/GPL-3.0.txt에 있습니다.</translation>
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
    <message>
        <source>Reads .xlsx workbooks for the import. MIT licence.</source>
        <translation>가져오기에서 .xlsx 통합 문서를 읽습니다. MIT 라이선스.</translation>
    </message>
    <message>
        <source>XML support used by openpyxl. MIT licence.</source>
        <translation>openpyxl이 쓰는 XML 처리 기능입니다. MIT 라이선스.</translation>
    </message>
    <message>
        <source>Image support used by ReportLab. MIT-CMU licence.</source>
        <translation>ReportLab이 쓰는 이미지 처리 기능입니다. MIT-CMU 라이선스.</translation>
    </message>
    <message>
        <source>The installed program carries the Python interpreter and its standard library. Python Software Foundation License.</source>
        <translation>설치된 프로그램에는 Python 인터프리터와 표준 라이브러리가 들어 있습니다. Python Software Foundation 라이선스.</translation>
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
    <message>
        <source>&amp;Sync now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>동기화 충돌(&amp;C)…</translation>
    </message>
    <message>
        <source>Sync &amp;folder…</source>
        <translation>동기화 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>기기 관리(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Output register…</source>
        <translation>출력·복사 대장(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Retention and destruction…</source>
        <translation>보존 기간과 파기(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>사례(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>현황·보고(&amp;R)</translation>
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
        <source>DEMO — fictional data</source>
        <translation>데모 — 가상 자료</translation>
    </message>
    <message>
        <source>{title} (portable mode)</source>
        <translation>{title} (휴대용 모드)</translation>
    </message>
    <message>
        <source>[DEMO] {title}</source>
        <translation>[데모] {title}</translation>
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
        <source>Save them before logging out?</source>
        <translation>로그아웃하기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>{name} logged out.</source>
        <translation>{name} 님이 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>A satisfaction survey is in progress.</source>
        <translation>만족도 조사가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
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
        <source>Save them before exiting?</source>
        <translation>끝내기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Exit OneStop</source>
        <translation>OneStop 종료</translation>
    </message>
    <message>
        <source>The locked screens of {names} are still open. Exiting logs them out and discards their unsaved input. Exit anyway?</source>
        <translation>{names} 님의 잠긴 화면이 아직 열려 있습니다. 종료하면 로그아웃되고 저장하지 않은 입력 내용이 사라집니다. 그래도 종료하시겠습니까?</translation>
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
    <name>MeasureDialog</name>
    <message>
        <source>&amp;Decided by:</source>
        <translation>결정 기관(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>종료·반납일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>조치(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>만료일(&amp;U):</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>결정 기관</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>결정 번호(&amp;N):</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>결정 번호</translation>
    </message>
    <message>
        <source>Ended or returned on</source>
        <translation>종료·반납일</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Protective measure</source>
        <translation>안전조치</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>e.g. police station, court</source>
        <translation>예: ○○경찰서, ○○가정법원</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Decided by</source>
        <translation>결정 기관</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>{date} 종료</translation>
    </message>
    <message>
        <source>Ends in {days} days</source>
        <translation>{days}일 후 만료</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>유지 중</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>만료일</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>욕구 수준</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Need for {domain}</source>
        <translation>{domain} 욕구 수준</translation>
    </message>
    <message>
        <source>Note on {domain}</source>
        <translation>{domain} 메모</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>욕구 평가</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs assessment</source>
        <translation>욕구 평가</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>지원 계획</translation>
    </message>
</context>
<context>
    <name>NoteHitModel</name>
    <message>
        <source>Case no.</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>상담 일시</translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation>찾은 내용</translation>
    </message>
</context>
<context>
    <name>NoteSearchView</name>
    <message>
        <source>Sessions whose notes contain the search</source>
        <translation>찾는 말이 들어 있는 상담 기록</translation>
    </message>
    <message>
        <source>Type at least two characters of a note and press Enter. Results are newest first; each search is recorded in the audit trail.</source>
        <translation>상담 내용에서 찾을 말을 두 글자 이상 입력하고 Enter를 누르십시오. 결과는 최근 기록 순이며, 검색할 때마다 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>No session note contains “{text}”.</source>
        <translation>“{text}”이(가) 들어 있는 상담 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The newest {count} sessions containing “{text}”. Add words to narrow the search.</source>
        <translation>“{text}”이(가) 들어 있는 최근 상담 기록 {count}건입니다. 말을 더 넣으면 좁혀집니다.</translation>
    </message>
    <message>
        <source>{count} sessions contain “{text}”, newest first.</source>
        <translation>“{text}”이(가) 들어 있는 상담 기록 {count}건 (최근 순)</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Purpose of the output</source>
        <translation>출력 사유</translation>
    </message>
    <message>
        <source>Sending to the agency</source>
        <translation>기관 발송</translation>
    </message>
    <message>
        <source>For the client to sign</source>
        <translation>내담자 서명용</translation>
    </message>
    <message>
        <source>Required: why is this printed or saved?</source>
        <translation>필수: 왜 출력하거나 저장합니까?</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Printing from OneStop needs the QtPdf component, which this installation does not include. Save the PDF and print it from a PDF viewer; the purpose is recorded when you save.</source>
        <translation>OneStop에서 바로 인쇄하려면 QtPdf 구성요소가 필요한데, 이 설치본에는 들어 있지 않습니다. PDF로 저장한 뒤 PDF 뷰어에서 인쇄하십시오. 출력 사유는 저장할 때 기록됩니다.</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>출력 사유(&amp;U):</translation>
    </message>
    <message>
        <source>The purpose is printed on the document and written, with your name and the time, to the document register and the audit trail. Only the items the client consented to are included.</source>
        <translation>출력 사유는 문서에 인쇄되고, 출력한 사람과 시각과 함께 문서 대장과 감사 기록에 남습니다. 문서에는 내담자가 동의한 항목만 들어갑니다.</translation>
    </message>
    <message>
        <source>Stopping after the packet being drawn…</source>
        <translation>지금 만드는 연계 묶음까지만 만들고 멈춥니다…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or printed.</source>
        <translation>취소했습니다. 아무것도 저장하거나 인쇄하지 않았습니다.</translation>
    </message>
    <message>
        <source>The document is ready. Choose Save or Print again.</source>
        <translation>문서가 준비되었습니다. [저장] 또는 [인쇄]를 다시 누르십시오.</translation>
    </message>
    <message>
        <source>Saved to {path} ({pages} pages). The output is recorded in the document register with its purpose.</source>
        <translation>{path}에 저장했습니다({pages}쪽). 출력 사유와 함께 문서 대장에 기록했습니다.</translation>
    </message>
    <message>
        <source>Sent to the printer ({pages} pages). The output is recorded in the document register with its purpose.</source>
        <translation>프린터로 보냈습니다({pages}쪽). 출력 사유와 함께 문서 대장에 기록했습니다.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF 저장 위치</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation>발송 처리(&amp;M)…</translation>
    </message>
    <message>
        <source>After posting, faxing or handing them over: mark these referrals sent</source>
        <translation>우편·팩스·직접 전달로 보낸 뒤: 이 의뢰들을 발송으로 기록합니다</translation>
    </message>
    <message>
        <source>{count} referrals marked sent: {numbers}</source>
        <translation>의뢰 {count}건을 발송 처리했습니다: {numbers}</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Sending to the agency</source>
        <translation>기관 발송</translation>
    </message>
    <message>
        <source>Faxing to the agency</source>
        <translation>기관 팩스 발송</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>사례 회의 자료</translation>
    </message>
    <message>
        <source>Print or save the referral letter</source>
        <translation>연계 의뢰서 출력</translation>
    </message>
    <message>
        <source>Referral letter {number} to {agency}</source>
        <translation>{agency} 앞 연계 의뢰서 {number}</translation>
    </message>
    <message>
        <source>Print or save the referral packet</source>
        <translation>연계 묶음 출력</translation>
    </message>
    <message>
        <source>Referral packet {number} to {agency}: cover sheet, referral letter, copy of the consent form and case summary</source>
        <translation>{agency} 앞 연계 묶음 {number}: 표지, 연계 의뢰서, 동의서 사본, 사례 요약</translation>
    </message>
    <message>
        <source>Blank consent form (개인정보 수집·이용·제공 동의서), every box unticked</source>
        <translation>빈 개인정보 수집·이용·제공 동의서(모든 칸 비어 있음)</translation>
    </message>
    <message>
        <source>Consent form for this client, with the agencies of their pending referrals; every box unticked</source>
        <translation>이 내담자용 동의서(진행 중인 연계의 기관 포함, 모든 칸 비어 있음)</translation>
    </message>
    <message>
        <source>Print or save the consent form</source>
        <translation>동의서 출력</translation>
    </message>
    <message>
        <source>For the client to sign</source>
        <translation>내담자 서명용</translation>
    </message>
    <message>
        <source>Batch output of referrals ready to send</source>
        <translation>발송 대기 연계 일괄 출력</translation>
    </message>
    <message>
        <source>The packets of every draft referral whose consents are complete, in one PDF</source>
        <translation>동의가 모두 갖추어진 작성 중 연계의 연계 묶음 전체(PDF 한 개)</translation>
    </message>
    <message>
        <source>Sending to the agencies</source>
        <translation>기관 발송</translation>
    </message>
    <message>
        <source>Faxing to the agencies</source>
        <translation>기관 팩스 발송</translation>
    </message>
    <message>
        <source>A wallet-size card (A7) with the emergency numbers and, from the latest safety plan, the code word and safe contacts. It names neither the client nor the center, nor any crime.</source>
        <translation>긴급 연락처와 최신 안전계획의 약속한 말·안전한 연락처를 담은 지갑 크기(A7) 카드입니다. 내담자 이름, 센터 이름, 범죄와 관련된 말은 넣지 않습니다.</translation>
    </message>
    <message>
        <source>Given to the client</source>
        <translation>내담자 전달</translation>
    </message>
    <message>
        <source>Print or save the safety card</source>
        <translation>안전 카드 인쇄 또는 저장</translation>
    </message>
</context>
<context>
    <name>OversightFilters</name>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-11-01.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 쓰십시오. 예: 2026-11-01</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>Phone numbers and safe contact</source>
        <translation>연락처와 안전 연락 지침</translation>
    </message>
    <message>
        <source>Resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Status and risk</source>
        <translation>진행 상태와 위기도</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>use at least 10 characters with two kinds of characters (letters, digits, symbols), or at least 8 with three kinds.</source>
        <translation>영문자·숫자·기호 중 두 종류를 섞어 10자 이상으로, 또는 세 종류를 섞어 8자 이상으로 정하십시오.</translation>
    </message>
    <message>
        <source>mix kinds of characters: 10 or more characters need two kinds (e.g. letters and digits), 8 or 9 characters need three kinds (e.g. letters, digits and symbols).</source>
        <translation>문자 종류를 섞으십시오. 10자 이상이면 두 종류(예: 영문자와 숫자), 8~9자이면 세 종류(예: 영문자, 숫자, 기호)가 필요합니다.</translation>
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
        <translation>✓ 충분히 안전합니다. 확인을 위해 한 번 더 입력하십시오.</translation>
    </message>
    <message>
        <source>✓ Strong enough, and both entries match.</source>
        <translation>✓ 충분히 안전하고, 두 입력이 일치합니다.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>(former staff)</source>
        <translation>(퇴직 직원)</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>기간 종류</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>Quarter or month</source>
        <translation>분기 또는 월</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}분기</translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation>{n}월</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <source>Add a phone number</source>
        <translation>전화번호 추가</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>e.g. mobile, home, work</source>
        <translation>예: 휴대전화, 집, 직장</translation>
    </message>
    <message>
        <source>No text messages</source>
        <translation>문자 금지</translation>
    </message>
    <message>
        <source>Hours to call</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <source>e.g. weekdays 10:00~17:00</source>
        <translation>예: 평일 10:00~17:00</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>연락 시 주의 사항</translation>
    </message>
    <message>
        <source>e.g. hang up if someone else answers</source>
        <translation>예: 본인이 받지 않으면 끊을 것</translation>
    </message>
    <message>
        <source>Main number</source>
        <translation>대표 번호</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>구분(&amp;L):</translation>
    </message>
    <message>
        <source>Hours to &amp;call:</source>
        <translation>연락 가능 시간(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>주의 사항(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Edit the program</source>
        <translation>프로그램 수정</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>프로그램명</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation>진행 주체</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(미정)</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation>진행자 이름</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>온라인(&amp;O)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>정원</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>프로그램명(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>Facilitated &amp;by:</source>
        <translation>진행 주체(&amp;B):</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>담당 직원(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>기관(&amp;A):</translation>
    </message>
    <message>
        <source>Facilitator&apos;s na&amp;me:</source>
        <translation>진행자 이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>종료일(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>Pla&amp;ces:</source>
        <translation>정원(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ProgramEnrolmentDialog</name>
    <message>
        <source>Enrol in a program</source>
        <translation>프로그램 참여 등록</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>, {left} places left</source>
        <translation>, 잔여 {left}석</translation>
    </message>
    <message>
        <source>&amp;Program (planned or running):</source>
        <translation>프로그램(예정 또는 진행 중)(&amp;P):</translation>
    </message>
    <message>
        <source>No program is open to this client: none is planned or running that they have not joined. Programs are set up under Cases → Programs and workshops.</source>
        <translation>이 내담자가 등록할 수 있는 프로그램이 없습니다. 예정되었거나 진행 중인 프로그램 중 아직 참여하지 않은 것이 없습니다. 프로그램은 사례 → 프로그램·워크숍에서 등록합니다.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>등록(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ProgramMeetingDialog</name>
    <message>
        <source>Edit the session</source>
        <translation>회기 수정</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 회기</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Starts &amp;at:</source>
        <translation>시작 시각(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>주제(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ProgramMeetingModel</name>
    <message>
        <source>No.</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{taken}/{capacity}명</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회기</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>Self-help group</source>
        <translation>자조모임</translation>
    </message>
    <message>
        <source>Trauma-recovery workshop</source>
        <translation>트라우마 회복 워크숍</translation>
    </message>
    <message>
        <source>Legal information session</source>
        <translation>법률 정보 설명회</translation>
    </message>
    <message>
        <source>Family program</source>
        <translation>가족 프로그램</translation>
    </message>
    <message>
        <source>Other program</source>
        <translation>기타 프로그램</translation>
    </message>
    <message>
        <source>Center staff</source>
        <translation>센터 직원</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>참여 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>중도 포기</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>결석</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>사유 결석</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs of this client</source>
        <translation>이 내담자의 프로그램</translation>
    </message>
    <message>
        <source>E&amp;nrol in a program…</source>
        <translation>프로그램 참여 등록(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>출석(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark as &amp;completed</source>
        <translation>수료 처리(&amp;C)</translation>
    </message>
    <message>
        <source>Completion recorded.</source>
        <translation>수료를 기록했습니다.</translation>
    </message>
    <message>
        <source>Mark as d&amp;ropped out</source>
        <translation>중도 포기 처리(&amp;R)</translation>
    </message>
    <message>
        <source>Recorded as dropped out.</source>
        <translation>중도 포기로 기록했습니다.</translation>
    </message>
    <message>
        <source>Taking part aga&amp;in</source>
        <translation>다시 참여(&amp;I)</translation>
    </message>
    <message>
        <source>Taking part again.</source>
        <translation>다시 참여 중으로 기록했습니다.</translation>
    </message>
    <message>
        <source>Survey about the progra&amp;m…</source>
        <translation>프로그램 만족도 조사(&amp;M)…</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>참여를 등록했습니다.</translation>
    </message>
</context>
<context>
    <name>ProgramsWindow</name>
    <message>
        <source>Programs</source>
        <translation>프로그램·워크숍</translation>
    </message>
    <message>
        <source>Search programs by name or place</source>
        <translation>프로그램 이름이나 장소로 검색</translation>
    </message>
    <message>
        <source>Search by name or place</source>
        <translation>이름이나 장소로 검색</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>&amp;New program…</source>
        <translation>새 프로그램(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회기</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>회기 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit the sess&amp;ion…</source>
        <translation>회기 수정(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove the session</source>
        <translation>회기 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Mark as &amp;completed</source>
        <translation>수료 처리(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as &amp;dropped out</source>
        <translation>중도 포기 처리(&amp;D)</translation>
    </message>
    <message>
        <source>Present (&amp;1)</source>
        <translation>출석(&amp;1)</translation>
    </message>
    <message>
        <source>Absent (&amp;2)</source>
        <translation>결석(&amp;2)</translation>
    </message>
    <message>
        <source>Excused (&amp;3)</source>
        <translation>사유 결석(&amp;3)</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>지우기(Del)</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>출석부(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>참여자(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>회기(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The program is saved.</source>
        <translation>프로그램을 저장했습니다.</translation>
    </message>
    <message>
        <source>The session is saved.</source>
        <translation>회기를 저장했습니다.</translation>
    </message>
    <message>
        <source>The session is removed.</source>
        <translation>회기를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>출석을 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Attendance and participants</source>
        <translation>출석과 참여자</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>The form has unsaved changes. Save them before opening another record?</source>
        <translation>입력 중인 내용이 저장되지 않았습니다. 다른 기록을 열기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the open record, entered by mistake (with the reason)</source>
        <translation>열려 있는 기록을 잘못 입력한 것으로 삭제합니다(사유 기록)</translation>
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
        <translation>복구 키는 지금 한 번만 보여 드립니다. 종이에 적거나 이 화면을 인쇄해 안전한 곳에 보관하십시오.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>With this key the data can be opened even if every passphrase is forgotten, and a backup can be restored. Anyone who has it can open the data: keep it on paper in the center&apos;s safe, never in an e-mail, a chat or a file on this computer.</source>
        <translation>모든 비밀번호를 잊어도 이 키로 자료를 열고 백업을 복원할 수 있습니다. 키를 가진 사람은 누구나 자료를 열 수 있으니 종이에 적어 센터 금고에 보관하고, 이메일이나 메신저, 이 컴퓨터의 파일에는 절대 남기지 마십시오.</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>복구 키를 안전한 곳에 보관했습니다(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Normal</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>즉시</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송함</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>기관 접수</translation>
    </message>
    <message>
        <source>Support in progress</source>
        <translation>지원 진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>직접 전달</translation>
    </message>
    <message>
        <source>Electronic document</source>
        <translation>전자문서</translation>
    </message>
</context>
<context>
    <name>ReferralDetails</name>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <source>Requested services:</source>
        <translation>요청 서비스:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>연계 사유:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>긴급도:</translation>
    </message>
    <message>
        <source>Reply due:</source>
        <translation>회신 기한:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>Items sent:</source>
        <translation>제공 항목:</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>연계 이력</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Choose a referral, or make a new one.</source>
        <translation>연계를 선택하거나 새 연계를 만드십시오.</translation>
    </message>
    <message>
        <source>{number} · received from {agency}</source>
        <translation>{number} · {agency}에서 받은 연계</translation>
    </message>
    <message>
        <source>{number} · to {agency}</source>
        <translation>{number} · {agency} 앞</translation>
    </message>
    <message>
        <source>resident registration number (legal basis: {basis})</source>
        <translation>주민등록번호(법적 근거: {basis})</translation>
    </message>
    <message>
        <source>Cannot be sent yet:</source>
        <translation>아직 보낼 수 없습니다:</translation>
    </message>
    <message>
        <source>The client&apos;s consents cover everything this referral carries: it can be sent.</source>
        <translation>이 연계에 담긴 항목은 모두 내담자의 동의 범위 안에 있습니다. 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Record a referral received</source>
        <translation>받은 연계 기록</translation>
    </message>
    <message>
        <source>Edit the draft {number}</source>
        <translation>작성 중인 연계 {number} 수정</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>새 연계</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Choose the agency…</source>
        <translation>기관을 선택하십시오…</translation>
    </message>
    <message>
        <source>Service domain</source>
        <translation>지원 영역</translation>
    </message>
    <message>
        <source>Requested services</source>
        <translation>요청 서비스</translation>
    </message>
    <message>
        <source>e.g. trauma counseling, 10 sessions</source>
        <translation>예: 트라우마 상담 10회</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>연계 사유</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>empty: 7 days after sending</source>
        <translation>비워 두면 발송 후 7일</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>기관 담당자</translation>
    </message>
    <message>
        <source>Include the resident registration number (only with a legal basis)</source>
        <translation>주민등록번호 포함(법적 근거가 있을 때만)</translation>
    </message>
    <message>
        <source>Legal basis for the number</source>
        <translation>주민등록번호 처리의 법적 근거</translation>
    </message>
    <message>
        <source>the law that requires the number</source>
        <translation>주민등록번호를 요구하는 법령</translation>
    </message>
    <message>
        <source>From &amp;agency:</source>
        <translation>의뢰한 기관(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>기관(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>영역(&amp;D):</translation>
    </message>
    <message>
        <source>Requested &amp;services:</source>
        <translation>요청 서비스(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>연계 사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>긴급도(&amp;U):</translation>
    </message>
    <message>
        <source>Reply d&amp;ue:</source>
        <translation>회신 기한(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>기관 담당자(&amp;C):</translation>
    </message>
    <message>
        <source>Items to send:</source>
        <translation>제공 항목:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>법적 근거(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>작성 중으로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the agency to see what the client&apos;s consents allow.</source>
        <translation>기관을 선택하면 내담자의 동의로 보낼 수 있는 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>Domains: {domains} · Phone: {phone} · Last verified: {date}</source>
        <translation>지원 영역: {domains} · 전화: {phone} · 최종 확인일: {date}</translation>
    </message>
    <message>
        <source>Not verified for more than a year: check the phone and contact before sending.</source>
        <translation>1년 넘게 확인하지 않은 기관입니다. 보내기 전에 전화번호와 담당자를 확인하십시오.</translation>
    </message>
    <message>
        <source>Nothing may be sent to {agency} yet:</source>
        <translation>아직 {agency}에 보낼 수 있는 항목이 없습니다:</translation>
    </message>
    <message>
        <source>Record the missing consent on the Consents tab.</source>
        <translation>빠진 동의는 [동의] 탭에서 기록하십시오.</translation>
    </message>
    <message>
        <source>Items marked “no consent” are not covered by the client&apos;s consents for {agency}. To send them, record the consent on the Consents tab first.</source>
        <translation>‘동의 없음’ 항목은 내담자가 {agency}에 제공하는 데 동의하지 않은 항목입니다. 보내려면 먼저 [동의] 탭에서 동의를 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>ReferralEventModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Number</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>(unknown agency)</source>
        <translation>(알 수 없는 기관)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 연계</translation>
    </message>
    <message>
        <source>Sent by us</source>
        <translation>보낸 연계</translation>
    </message>
    <message>
        <source>The reply is {days} days overdue</source>
        <translation>회신 기한이 {days}일 지났습니다</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>새 연계(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a referral &amp;received…</source>
        <translation>받은 연계 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Referral &amp;letter…</source>
        <translation>의뢰서 출력(&amp;L)…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Agency received it</source>
        <translation>기관 접수</translation>
    </message>
    <message>
        <source>Support started</source>
        <translation>지원 시작</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>다시 작성</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>연계 취소</translation>
    </message>
    <message>
        <source>Edit the &amp;draft…</source>
        <translation>수정(&amp;D)…</translation>
    </message>
    <message>
        <source>Referral pac&amp;ket…</source>
        <translation>연계 묶음 출력(&amp;K)…</translation>
    </message>
    <message>
        <source>The consents do not allow this referral yet (see above).</source>
        <translation>아직 동의가 이 연계를 허용하지 않습니다(위 설명 참고).</translation>
    </message>
    <message>
        <source>The referral received is recorded.</source>
        <translation>받은 연계를 기록했습니다.</translation>
    </message>
    <message>
        <source>The referral is saved as a draft. Send it when it is ready.</source>
        <translation>연계를 작성 중으로 저장했습니다. 준비가 되면 발송하십시오.</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>작성 중인 연계를 저장했습니다.</translation>
    </message>
    <message>
        <source>{number} is now “{status}”.</source>
        <translation>{number}의 상태를 ‘{status}’(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Items to remove (.&amp;xlsx)…</source>
        <translation>삭제지원 목록(.xlsx)(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Referral letter</source>
        <translation>연계 의뢰서</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>Referral packet</source>
        <translation>연계 묶음</translation>
    </message>
    <message>
        <source>Batch of packets</source>
        <translation>일괄 출력</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>실적 보고</translation>
    </message>
    <message>
        <source>saved to a file</source>
        <translation>파일 저장</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Takedown item list</source>
        <translation>삭제지원 목록</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Output register</source>
        <translation>출력·복사 대장</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>출력물</translation>
    </message>
    <message>
        <source>Every letter, consent form, packet, batch and report printed or saved, newest first, with who made it and why (출력 사유). Times are local; the period is in UTC days.</source>
        <translation>인쇄하거나 저장한 모든 의뢰서·동의서·연계 묶음·일괄 출력·실적 보고를 최신순으로, 누가 왜(출력 사유) 만들었는지와 함께 보여 줍니다. 시각은 이 컴퓨터 기준이고 기간은 UTC 날짜 기준입니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>출력자</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>의뢰 번호</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>출력 사유</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Period report (실적 보고)</source>
        <translation>실적 보고</translation>
    </message>
    <message>
        <source>&amp;PDF with charts</source>
        <translation>차트가 포함된 &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>&amp;Excel 통합 문서 (.xlsx)</translation>
    </message>
    <message>
        <source>Purpose of the output</source>
        <translation>출력 사유</translation>
    </message>
    <message>
        <source>For the Ministry of Justice</source>
        <translation>법무부 제출</translation>
    </message>
    <message>
        <source>For Seoul city</source>
        <translation>서울시 제출</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>출력 사유(&amp;U):</translation>
    </message>
    <message>
        <source>The report holds counts only, never a person: counts from 1 to {n} are shown as &quot;&lt;{m}&quot; and any value a total would give back is hidden. The purpose is recorded with your name in the document register and the audit trail.</source>
        <translation>보고서에는 건수만 있고 개인은 없습니다. 1~{n}건은 &quot;&lt;{m}&quot;로 표시하고, 합계로 역산할 수 있는 값은 가립니다. 출력 사유는 이름과 함께 출력·복사 대장과 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>Saved to {path}. The output is recorded in the document register with its purpose.</source>
        <translation>{path}에 저장했습니다. 출력 사유와 함께 출력·복사 대장에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>0–13</source>
        <translation>13세 이하</translation>
    </message>
    <message>
        <source>14–18</source>
        <translation>14~18세</translation>
    </message>
    <message>
        <source>19–29</source>
        <translation>19~29세</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30대</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40대</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50대</translation>
    </message>
    <message>
        <source>60–69</source>
        <translation>60대</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70세 이상</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>나이 미상</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show the full number</source>
        <translation>주민등록번호 전체 보기</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>e.g. relief fund application form</source>
        <translation>예: 구조금 신청서 작성</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The reason is written to the audit trail with your name.</source>
        <translation>사유는 내 이름과 함께 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>No number is on file.</source>
        <translation>기록된 번호가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke {device}</source>
        <translation>{device} 폐기</translation>
    </message>
    <message>
        <source>&amp;Lost or stolen</source>
        <translation>분실 또는 도난(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Retired (taken out of use)</source>
        <translation>사용 종료(&amp;R)</translation>
    </message>
    <message>
        <source>What revocation cannot do: data already on {device} stays there, protected only by its encryption and its users&apos; passphrases. If it is lost, change the passphrases of {users} now.</source>
        <translation>폐기로도 할 수 없는 일: {device}에 이미 있는 자료는 그대로 남으며, 그 기기의 암호화와 사용자 비밀번호로만 보호됩니다. 분실했다면 지금 {users}의 비밀번호를 바꾸십시오.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>폐기(&amp;R)</translation>
    </message>
    <message>
        <source>After revocation nothing new is encrypted to {device}; when it next synchronizes it deletes its OneStop data, and anything it wrote after the revocation is quarantined for an administrator.</source>
        <translation>폐기하면 {device}에는 새 자료를 더 이상 보내지 않습니다. 그 기기는 다음에 동기화할 때 OneStop 자료를 지우며, 폐기 뒤에 그 기기가 쓴 내용은 관리자가 볼 수 있도록 격리됩니다.</translation>
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
    <message>
        <source>edit the partner-agency directory</source>
        <translation>연계 기관 목록 편집</translation>
    </message>
    <message>
        <source>record consents</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <source>draft and send referrals</source>
        <translation>연계 의뢰서 작성·발송</translation>
    </message>
    <message>
        <source>print and export documents</source>
        <translation>문서 출력·내보내기</translation>
    </message>
    <message>
        <source>manage programs</source>
        <translation>프로그램 관리</translation>
    </message>
    <message>
        <source>enrol clients and record attendance</source>
        <translation>프로그램 참여 등록 및 출석 기록</translation>
    </message>
    <message>
        <source>take feedback surveys</source>
        <translation>만족도 조사 실시</translation>
    </message>
    <message>
        <source>edit the survey questions</source>
        <translation>만족도 조사 문항 편집</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>현황 보기</translation>
    </message>
    <message>
        <source>see center-wide figures</source>
        <translation>센터 전체 현황 보기</translation>
    </message>
    <message>
        <source>produce period reports</source>
        <translation>실적 보고서 작성</translation>
    </message>
    <message>
        <source>synchronize with other devices</source>
        <translation>다른 기기와 동기화</translation>
    </message>
    <message>
        <source>enrol and revoke devices</source>
        <translation>기기 등록 및 폐기</translation>
    </message>
    <message>
        <source>mark printed referrals as sent</source>
        <translation>출력한 의뢰 발송 처리</translation>
    </message>
    <message>
        <source>merge duplicate clients</source>
        <translation>중복 내담자 병합</translation>
    </message>
    <message>
        <source>destroy records past their retention</source>
        <translation>보존 기간이 지난 기록 파기</translation>
    </message>
</context>
<context>
    <name>RrnBox</name>
    <message>
        <source>Record…</source>
        <translation>기록…</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>보기…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>기록 없음</translation>
    </message>
</context>
<context>
    <name>RrnDialog</name>
    <message>
        <source>Record the resident registration number</source>
        <translation>주민등록번호 기록</translation>
    </message>
    <message>
        <source>Resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <source>e.g. application for the crime victim relief fund</source>
        <translation>예: 범죄피해구조금 신청</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>법적 근거(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>Keep a resident registration number only where a law requires or allows it, and name that basis. The number is never shown in full except to an administrator who gives a reason.</source>
        <translation>주민등록번호는 법령이 요구하거나 허용할 때만 보관하고 그 근거를 적으십시오. 번호 전체는 사유를 적은 관리자에게만 보입니다.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>Safe contacts</source>
        <translation>안전한 연락처</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>약속한 말(암호)</translation>
    </message>
    <message>
        <source>Where to go and how</source>
        <translation>피할 곳과 가는 방법</translation>
    </message>
    <message>
        <source>Documents and money to keep ready</source>
        <translation>미리 챙겨 둘 서류와 돈</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Digital safety (location sharing, passwords, spyware)</source>
        <translation>디지털 안전(위치 공유, 비밀번호, 스파이앱 점검)</translation>
    </message>
    <message>
        <source>Work and school routes</source>
        <translation>출퇴근·통학 경로</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Smartwatch</source>
        <translation>스마트워치</translation>
    </message>
    <message>
        <source>112 registration</source>
        <translation>112 시스템 등록</translation>
    </message>
    <message>
        <source>CCTV at home</source>
        <translation>주거지 CCTV</translation>
    </message>
    <message>
        <source>Temporary lodging</source>
        <translation>임시숙소</translation>
    </message>
    <message>
        <source>Personal protection</source>
        <translation>신변경호</translation>
    </message>
    <message>
        <source>Victim protection order</source>
        <translation>피해자보호명령</translation>
    </message>
    <message>
        <source>Restraining order / provisional measure</source>
        <translation>접근금지(긴급·임시조치, 잠정조치)</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>기타 안전조치</translation>
    </message>
    <message>
        <source>Smartwatch: return or extend</source>
        <translation>스마트워치 반납/연장 검토</translation>
    </message>
    <message>
        <source>Temporary lodging ends</source>
        <translation>임시숙소 종료 검토</translation>
    </message>
    <message>
        <source>Protection order: extend?</source>
        <translation>피해자보호명령 연장 검토</translation>
    </message>
    <message>
        <source>Restraining order: extend?</source>
        <translation>접근금지 연장 검토</translation>
    </message>
    <message>
        <source>Protective measure ends: review</source>
        <translation>안전조치 만료 검토</translation>
    </message>
    <message>
        <source>Review the safety plan</source>
        <translation>안전계획 검토</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>&amp;Assess danger…</source>
        <translation>위험성 평가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Extend or end…</source>
        <translation>연장·종료(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Learned of the harm:</source>
        <translation>피해를 안 날(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation>해당 없음(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Write the plan…</source>
        <translation>계획 작성(&amp;W)…</translation>
    </message>
    <message>
        <source>A&amp;dd a measure…</source>
        <translation>조치 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;pplies again</source>
        <translation>다시 적용(&amp;P)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>평가를 기록했습니다.</translation>
    </message>
    <message>
        <source>Danger assessment</source>
        <translation>위험성 평가</translation>
    </message>
    <message>
        <source>Danger assessments</source>
        <translation>위험성 평가 기록</translation>
    </message>
    <message>
        <source>Dates saved.</source>
        <translation>날짜를 저장했습니다.</translation>
    </message>
    <message>
        <source>Decision ser&amp;ved:</source>
        <translation>구조금 결정 송달일(&amp;V):</translation>
    </message>
    <message>
        <source>Empty: the incident date</source>
        <translation>비워 두면 사건 발생일</translation>
    </message>
    <message>
        <source>Last assessed {date}: {level}</source>
        <translation>최근 평가 {date}: {level}</translation>
    </message>
    <message>
        <source>Learned of the harm on</source>
        <translation>피해를 안 날</translation>
    </message>
    <message>
        <source>Legal deadlines</source>
        <translation>법적 기한</translation>
    </message>
    <message>
        <source>No safety plan yet. The safety card then holds the emergency numbers only.</source>
        <translation>안전계획이 아직 없습니다. 안전 카드에는 긴급 연락처만 들어갑니다.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>아직 평가하지 않음</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>계획을 저장했습니다.</translation>
    </message>
    <message>
        <source>Protective measures</source>
        <translation>안전조치</translation>
    </message>
    <message>
        <source>Relief fund decision served on</source>
        <translation>구조금 결정 송달일</translation>
    </message>
    <message>
        <source>Sa&amp;ve dates</source>
        <translation>날짜 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Safety &amp;card…</source>
        <translation>안전 카드(&amp;C)…</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>안전계획</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>The danger is high: review the safety plan with the client and consider a 신변보호 referral.</source>
        <translation>위험도가 높습니다. 내담자와 안전계획을 다시 검토하고 신변보호 연계를 고려하십시오.</translation>
    </message>
    <message>
        <source>Version {version} of {date}</source>
        <translation>{date} 작성 {version}판</translation>
    </message>
    <message>
        <source>review on {date}</source>
        <translation>{date} 검토 예정</translation>
    </message>
    <message>
        <source>Scores of the assessments</source>
        <translation>위기도 평가 점수 추이</translation>
    </message>
    <message>
        <source>{day}: {score} of {maximum}</source>
        <translation>{day}: {maximum}점 중 {score}점</translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation>아직 평가가 없습니다</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>&amp;Review on:</source>
        <translation>검토일(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>새 판으로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Print the center&apos;s name on the safety card</source>
        <translation>안전 카드에 센터 이름 넣기</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>검토일</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>안전계획</translation>
    </message>
    <message>
        <source>The code word and the safe contacts go on the safety card only; they are never part of a referral letter. Saving keeps the earlier versions.</source>
        <translation>약속한 말과 안전한 연락처는 안전 카드에만 들어가고 연계의뢰서에는 들어가지 않습니다. 저장해도 이전 판은 남습니다.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Show their version</source>
        <translation>다른 사람이 저장한 내용 보기</translation>
    </message>
    <message>
        <source>Replaces your edits in this form with the version saved by the other person.</source>
        <translation>이 양식에 입력한 내용을 다른 사람이 저장한 내용으로 바꿉니다.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved changes on this tab. Save with Ctrl+S.</source>
        <translation>이 탭에 저장하지 않은 변경 사항이 있습니다. Ctrl+S로 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>출력 사유(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>사본 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>A copy is saved to {path}.</source>
        <translation>사본을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Purpose of the copy</source>
        <translation>사본 출력 사유</translation>
    </message>
    <message>
        <source>Save a copy of the signed form</source>
        <translation>서명 동의서 사본 저장</translation>
    </message>
    <message>
        <source>Signed form: {name}</source>
        <translation>서명 동의서: {name}</translation>
    </message>
    <message>
        <source>This file cannot be shown here; save a copy to open it.</source>
        <translation>이 파일은 여기서 볼 수 없습니다. 사본을 저장해 여십시오.</translation>
    </message>
    <message>
        <source>e.g. requested by the court</source>
        <translation>예: 법원 제출 요청</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>스캔한 페이지</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search cases</source>
        <translation>사례 검색</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Search names, aliases, case numbers and phone numbers</source>
        <translation>이름, 가명, 사례번호, 전화번호에서 찾습니다</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <source>Full-text search in the notes of counseling sessions</source>
        <translation>상담 기록의 내용에서 찾습니다</translation>
    </message>
    <message>
        <source>Words in session notes, then Enter</source>
        <translation>상담 내용에서 찾을 말을 입력하고 Enter</translation>
    </message>
    <message>
        <source>Name, alias, case number, phone number</source>
        <translation>이름, 가명, 사례번호, 전화번호</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Services provided</source>
        <translation>지원 내역</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>새 지원 내역</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>e.g. emergency living costs</source>
        <translation>예: 긴급 생계비</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>제공 주체</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>센터 직접</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>연계 기관</translation>
    </message>
    <message>
        <source>Agency or person</source>
        <translation>기관 또는 담당자</translation>
    </message>
    <message>
        <source>Date provided</source>
        <translation>제공일</translation>
    </message>
    <message>
        <source>Amount in won</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>영역(&amp;D):</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>서비스(&amp;R):</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>제공 주체:</translation>
    </message>
    <message>
        <source>Agency or person:</source>
        <translation>기관 또는 담당자:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>제공일:</translation>
    </message>
    <message>
        <source>Amount (won):</source>
        <translation>금액(원):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>{service} ({date})</source>
        <translation>{service} ({date})</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>제공일</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>센터 직접</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>연계 기관</translation>
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
        <translation>잠시 기다려 주십시오</translation>
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
    <message>
        <source>A backup keeps what the database holds today: cases destroyed later remain in it until the backup itself is destroyed.</source>
        <translation>백업에는 지금 데이터베이스에 있는 내용이 그대로 남습니다. 나중에 파기한 사례도 그 백업을 파기할 때까지 백업 안에 남아 있습니다.</translation>
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
        <source>Smallest count shown in period reports</source>
        <translation>실적 보고에 그대로 표시하는 최소 건수</translation>
    </message>
    <message>
        <source>Reports hide counts &amp;below:</source>
        <translation>실적 보고에서 가리는 건수 기준(&amp;B):</translation>
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
        <source>Center phone</source>
        <translation>센터 대표 전화</translation>
    </message>
    <message>
        <source>Center fax</source>
        <translation>센터 팩스</translation>
    </message>
    <message>
        <source>Center e-mail</source>
        <translation>센터 이메일</translation>
    </message>
    <message>
        <source>Center address</source>
        <translation>센터 주소</translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation>대표 전화(&amp;P):</translation>
    </message>
    <message>
        <source>Center fa&amp;x:</source>
        <translation>팩스(&amp;X):</translation>
    </message>
    <message>
        <source>Center &amp;e-mail:</source>
        <translation>센터 이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Center a&amp;ddress:</source>
        <translation>센터 주소(&amp;D):</translation>
    </message>
    <message>
        <source>My contact details (printed on my letters)</source>
        <translation>내 연락처(내가 작성한 의뢰서에 인쇄)</translation>
    </message>
    <message>
        <source>My direct line</source>
        <translation>내 직통 전화</translation>
    </message>
    <message>
        <source>My e-mail</source>
        <translation>내 이메일</translation>
    </message>
    <message>
        <source>Direct &amp;line:</source>
        <translation>직통 전화(&amp;H):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>이메일(&amp;M):</translation>
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
    <name>StatusBox</name>
    <message>
        <source>Start work</source>
        <translation>진행 시작</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>종결…</translation>
    </message>
    <message>
        <source>New risk assessment</source>
        <translation>새 위기도 평가</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>평가 기록</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>위기도:</translation>
    </message>
    <message>
        <source>Reassess:</source>
        <translation>다시 평가:</translation>
    </message>
    <message>
        <source>closed {date}: {reason}</source>
        <translation>{date} 종결: {reason}</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 진행</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>미평가</translation>
    </message>
    <message>
        <source>{level} · assessed {date} by {name}</source>
        <translation>{level} · {date} {name} 평가</translation>
    </message>
</context>
<context>
    <name>StatusNoteDialog</name>
    <message>
        <source>Change the status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>e.g. sent by fax, received by the person in charge</source>
        <translation>예: 팩스 발송, 담당자 접수 확인</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>변경(&amp;C)</translation>
    </message>
    <message>
        <source>{number}: the status becomes “{status}” today.</source>
        <translation>{number}: 오늘 날짜로 상태를 ‘{status}’(으)로 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>SurveyEditorDialog</name>
    <message>
        <source>Satisfaction survey questions</source>
        <translation>만족도 조사 문항</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>조사</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>조사(&amp;S):</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Kind of the new question</source>
        <translation>새 문항의 종류</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>문항 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>아래로(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Publish as a new version</source>
        <translation>새 버전으로 게시(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Keep a question&apos;s code when only its wording changes, so answers to both versions are counted together.</source>
        <translation>칸을 두 번 눌러 수정합니다. 문구만 바꿀 때는 문항 코드를 그대로 두어야 두 버전의 응답이 함께 집계됩니다.</translation>
    </message>
    <message>
        <source>Version {version}, published {day}</source>
        <translation>버전 {version}, {day} 게시</translation>
    </message>
    <message>
        <source>Version {version} is published. Surveys from now on use it.</source>
        <translation>버전 {version}을(를) 게시했습니다. 이제부터 조사에 이 버전을 씁니다.</translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <source>Survey answers ({method})</source>
        <translation>만족도 조사 응답 입력({method})</translation>
    </message>
    <message>
        <source>Version {version}. Leave a question empty when it was not answered.</source>
        <translation>버전 {version}. 응답하지 않은 문항은 비워 두십시오.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>설문 문항</translation>
    </message>
</context>
<context>
    <name>SurveyFlow</name>
    <message>
        <source>Recorded that the client declined the survey; they will not be asked again.</source>
        <translation>내담자가 조사를 거절했다고 기록했습니다. 다시 묻지 않습니다.</translation>
    </message>
    <message>
        <source>The client&apos;s answers are recorded.</source>
        <translation>내담자의 응답을 기록했습니다.</translation>
    </message>
    <message>
        <source>The survey was stopped.</source>
        <translation>조사를 중단했습니다.</translation>
    </message>
    <message>
        <source>The answers are recorded.</source>
        <translation>응답을 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>(no answer)</source>
        <translation>(응답 안 함)</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Question (Korean)</source>
        <translation>문항(한국어)</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>문항(영어)</translation>
    </message>
</context>
<context>
    <name>SurveyStartDialog</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <source>Survey about: {what}. Each client is asked once; the answers are stored without the client&apos;s name and nobody can read them one by one.</source>
        <translation>조사 대상: {what}. 내담자에게 한 번만 묻습니다. 응답은 이름 없이 저장되며 누구도 개별 응답을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>The client answers on this computer (full screen; your screen is locked afterwards)</source>
        <translation>내담자가 이 컴퓨터에서 직접 응답(전체 화면, 끝나면 화면이 잠깁니다)</translation>
    </message>
    <message>
        <source>I take the answers by phone</source>
        <translation>전화로 응답을 받아 입력</translation>
    </message>
    <message>
        <source>I type in a paper form</source>
        <translation>종이 설문지를 입력</translation>
    </message>
    <message>
        <source>The client does not want to answer</source>
        <translation>내담자가 응답을 원하지 않음</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>요청 방법:</translation>
    </message>
    <message>
        <source>How the client was asked</source>
        <translation>내담자에게 요청한 방법</translation>
    </message>
    <message>
        <source>In person at the center</source>
        <translation>센터 방문</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>With a paper form</source>
        <translation>종이 설문지</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>Synchronizing with the sync folder…</source>
        <translation>동기화 폴더와 동기화하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Stopping after the current bundle…</source>
        <translation>지금 번들까지 반영하고 멈추는 중…</translation>
    </message>
    <message>
        <source>Applying bundle {done} of {total}…</source>
        <translation>번들 {total}개 중 {done}번째를 반영하는 중…</translation>
    </message>
    <message>
        <source>Sync complete: {applied} bundles applied, {written} written, {conflicts} conflicts.</source>
        <translation>동기화 완료: 번들 {applied}개 반영, {written}개 보냄, 충돌 {conflicts}건.</translation>
    </message>
    <message>
        <source>{count} files in the sync folder were refused.</source>
        <translation>동기화 폴더의 파일 {count}개는 받지 않았습니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>No sync folder is set on this computer, so there is nothing to synchronize with.</source>
        <translation>이 컴퓨터에는 동기화 폴더가 설정되어 있지 않아 동기화할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>Choose the folder the center&apos;s computers share to synchronize through it.</source>
        <translation>센터의 컴퓨터들이 함께 쓰는 폴더를 선택하면 그 폴더를 통해 동기화합니다.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>폴더 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>동기화 폴더 선택</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>동기화 폴더</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>동기화 폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Devices exchange encrypted change bundles through this folder: a USB stick carried between computers, a network share, or a folder kept in step by a file-sync tool such as Syncthing. Only the enrolled devices of the center can open the bundles.</source>
        <translation>기기들은 이 폴더를 통해 암호화된 변경 번들을 주고받습니다. 컴퓨터 사이를 오가는 USB 메모리, 네트워크 공유 폴더, 또는 Syncthing 같은 파일 동기화 도구가 맞춰 주는 폴더를 쓸 수 있습니다. 번들은 센터에 등록된 기기만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>{folder} is not a folder that can be reached now.</source>
        <translation>{folder}은(는) 지금 접근할 수 있는 폴더가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>All cases (center workstation)</source>
        <translation>모든 사례 (센터 업무용 PC)</translation>
    </message>
    <message>
        <source>Field kit (its users&apos; cases only)</source>
        <translation>현장용 (사용자가 맡은 사례만)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Revoked (lost)</source>
        <translation>폐기됨 (분실)</translation>
    </message>
    <message>
        <source>Revoked (retired)</source>
        <translation>폐기됨 (사용 종료)</translation>
    </message>
    <message>
        <source>Written by a revoked device after its revocation</source>
        <translation>폐기된 기기가 폐기 뒤에 쓴 번들</translation>
    </message>
    <message>
        <source>The sending device&apos;s clock is ahead by more than 5 minutes</source>
        <translation>보낸 기기의 시계가 5분 넘게 앞서 있음</translation>
    </message>
    <message>
        <source>Made by a newer OneStop version (update this computer)</source>
        <translation>더 새로운 OneStop 버전이 만든 번들 (이 컴퓨터를 업데이트하십시오)</translation>
    </message>
    <message>
        <source>A field kit passed on another device&apos;s change</source>
        <translation>현장 기기가 다른 기기의 변경을 전달함</translation>
    </message>
    <message>
        <source>Its author is not a user of the device that made it</source>
        <translation>작성자가 그 변경을 만든 기기의 사용자가 아님</translation>
    </message>
    <message>
        <source>A field kit may not change accounts, devices, settings or the directory</source>
        <translation>현장 기기는 계정·기기·설정·기관 목록을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>A field kit changed a case it does not hold</source>
        <translation>현장 기기가 가지고 있지 않은 사례를 바꿈</translation>
    </message>
    <message>
        <source>An access change without an administrator&apos;s signature</source>
        <translation>관리자 서명이 없는 권한 변경</translation>
    </message>
    <message>
        <source>An access change whose signature does not match</source>
        <translation>서명이 맞지 않는 권한 변경</translation>
    </message>
    <message>
        <source>An access change by someone who was not an administrator</source>
        <translation>관리자가 아닌 사람의 권한 변경</translation>
    </message>
    <message>
        <source>Joined twice: one enrolment file was used on a second computer (kept for review)</source>
        <translation>두 번 등록됨: 같은 등록 파일을 다른 컴퓨터에서도 사용함(검토용으로 보관)</translation>
    </message>
    <message>
        <source>Its audit trail was cut back (highest seen -&gt; now ends at)</source>
        <translation>접속기록이 잘림(본 마지막 번호 -&gt; 지금 끝 번호)</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Synchronize now (F9)</source>
        <translation>지금 동기화 (F9)</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>동기화하는 중…</translation>
    </message>
    <message>
        <source>Sync folder not set</source>
        <translation>동기화 폴더가 지정되지 않음</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>마지막 동기화: {when}</translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Sync folder: {folder}</source>
        <translation>동기화 폴더: {folder}</translation>
    </message>
    <message>
        <source>Waiting to go out: {count}</source>
        <translation>보낼 변경: {count}건</translation>
    </message>
    <message>
        <source>Nothing waiting to go out</source>
        <translation>보낼 변경 없음</translation>
    </message>
    <message>
        <source>{device}: bundle {seq} missing</source>
        <translation>{device}: 번들 {seq} 없음</translation>
    </message>
    <message>
        <source>Sync conflicts: {count}</source>
        <translation>동기화 충돌 {count}건</translation>
    </message>
    <message>
        <source>Show the sync conflicts</source>
        <translation>동기화 충돌 보기</translation>
    </message>
    <message>
        <source>Quarantined bundles: {count}</source>
        <translation>격리된 번들 {count}개</translation>
    </message>
    <message>
        <source>Show the devices and the quarantined bundles</source>
        <translation>기기와 격리된 번들 보기</translation>
    </message>
</context>
<context>
    <name>TakedownEvidenceDialog</name>
    <message>
        <source>Screenshot: {name}</source>
        <translation>캡처: {name}</translation>
    </message>
    <message>
        <source>This file is not an image this program can show.</source>
        <translation>이 프로그램에서 보여 줄 수 있는 이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>화면 캡처</translation>
    </message>
</context>
<context>
    <name>TakedownItemDialog</name>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Where (no address):</source>
        <translation>위치(주소 없음)(&amp;W):</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>주소(URL)</translation>
    </message>
    <message>
        <source>Edit the item</source>
        <translation>항목 수정</translation>
    </message>
    <message>
        <source>Found &amp;by:</source>
        <translation>발견자(&amp;B):</translation>
    </message>
    <message>
        <source>Found &amp;on:</source>
        <translation>발견일(&amp;O):</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>발견자</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>발견일</translation>
    </message>
    <message>
        <source>It is linked to the item it re-appeared from, which becomes “Re-uploaded”.</source>
        <translation>다시 올라온 원래 항목과 연결되며, 원래 항목의 상태는 ‘재유포’가 됩니다.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>New item found online</source>
        <translation>새 발견 항목</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Platform or site</source>
        <translation>플랫폼 또는 사이트</translation>
    </message>
    <message>
        <source>Re-upload found</source>
        <translation>재유포 발견</translation>
    </message>
    <message>
        <source>Where it is, when there is no address</source>
        <translation>주소가 없을 때 위치 설명</translation>
    </message>
    <message>
        <source>e.g. open chat room, direct message</source>
        <translation>예: 오픈채팅방, 개인 메시지</translation>
    </message>
</context>
<context>
    <name>TakedownItemModel</name>
    <message>
        <source>Address or where</source>
        <translation>주소 또는 위치</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>발견일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>연번</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>상태 일자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>{where} (re-upload of no. {number})</source>
        <translation>{where} ({number}번 재유포)</translation>
    </message>
</context>
<context>
    <name>TakedownOutput</name>
    <message>
        <source>Export the list</source>
        <translation>목록 내보내기</translation>
    </message>
    <message>
        <source>Purpose of the output:</source>
        <translation>출력 사유:</translation>
    </message>
    <message>
        <source>Removal request to the agency</source>
        <translation>삭제지원 기관 요청</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was written to {path}. Recorded in the document register and the audit trail.</source>
        <translation>목록을 {path}에 저장했습니다. 출력·복사 대장과 감사 기록에 남았습니다.</translation>
    </message>
</context>
<context>
    <name>TakedownPage</name>
    <message>
        <source>&amp;New item…</source>
        <translation>항목 추가(&amp;N)…</translation>
    </message>
    <message>
        <source>Addresses are masked; showing them is recorded in the audit trail.</source>
        <translation>주소는 가려져 있습니다. 주소를 보면 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>이미지 및 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Item recorded.</source>
        <translation>항목을 기록했습니다.</translation>
    </message>
    <message>
        <source>Item saved.</source>
        <translation>항목을 저장했습니다.</translation>
    </message>
    <message>
        <source>Items found online</source>
        <translation>발견된 게시물</translation>
    </message>
    <message>
        <source>Re-upload recorded and linked.</source>
        <translation>재유포를 기록하고 원래 항목과 연결했습니다.</translation>
    </message>
    <message>
        <source>Removal re&amp;quest…</source>
        <translation>삭제 요청(&amp;Q)…</translation>
    </message>
    <message>
        <source>Removal request recorded.</source>
        <translation>삭제 요청을 기록했습니다.</translation>
    </message>
    <message>
        <source>Removal requests of the selected item</source>
        <translation>선택한 항목의 삭제 요청 내역</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>캡처</translation>
    </message>
    <message>
        <source>Screenshot kept in the encrypted database.</source>
        <translation>캡처를 암호화된 데이터베이스에 보관했습니다.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>상태를 바꿨습니다.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>항목 {count}건</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>수정(&amp;I)…</translation>
    </message>
    <message>
        <source>Re-up&amp;load…</source>
        <translation>재유포 등록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation>상태 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Attach screenshot…</source>
        <translation>캡처 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>View screens&amp;hot…</source>
        <translation>캡처 보기(&amp;H)…</translation>
    </message>
    <message>
        <source>Show add&amp;resses</source>
        <translation>주소 보기(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport list (.xlsx)…</source>
        <translation>목록 내보내기(.xlsx)(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>TakedownRequestDialog</name>
    <message>
        <source>&amp;How:</source>
        <translation>방법(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Removal request</source>
        <translation>삭제 요청</translation>
    </message>
    <message>
        <source>Requested &amp;from:</source>
        <translation>요청 기관(&amp;F):</translation>
    </message>
    <message>
        <source>Requested &amp;on:</source>
        <translation>요청일(&amp;O):</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>요청 기관</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>e.g. receipt number</source>
        <translation>예: 접수번호</translation>
    </message>
</context>
<context>
    <name>TakedownRequestModel</name>
    <message>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>요청 기관</translation>
    </message>
</context>
<context>
    <name>TakedownStatusDialog</name>
    <message>
        <source>&amp;Change</source>
        <translation>변경(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>일자(&amp;I):</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
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
    <message>
        <source>Counseling</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>동행</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>At the center</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>Client&apos;s home</source>
        <translation>자택</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>경찰서</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>법원</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>기타 장소</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>장소 없음</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Deepfake</source>
        <translation>딥페이크</translation>
    </message>
    <message>
        <source>Digital Sex Crime Victim Support Center</source>
        <translation>디지털성범죄피해자지원센터</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>발견</translation>
    </message>
    <message>
        <source>Korea Communications Standards Commission</source>
        <translation>방송통신심의위원회</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>공문</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>온라인 신청</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>게시글</translation>
    </message>
    <message>
        <source>Re-uploaded</source>
        <translation>재유포</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Removal confirmed</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Seoul Digital Sex Crime Safety Support Center</source>
        <translation>서울 디지털성범죄 안심지원센터</translation>
    </message>
    <message>
        <source>The platform directly</source>
        <translation>플랫폼 직접</translation>
    </message>
    <message>
        <source>Threatening message</source>
        <translation>협박 메시지</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>영상</translation>
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
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>My tasks</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>My tasks: overdue and due this week</source>
        <translation>내 할 일: 기한 지남과 이번 주 마감</translation>
    </message>
    <message>
        <source>{overdue} overdue, {soon} due this week</source>
        <translation>기한 지남 {overdue}건, 이번 주 마감 {soon}건</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>기한이 지났거나 이번 주에 마감인 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>{count} referral replies overdue</source>
        <translation>회신 기한 지남 {count}건</translation>
    </message>
    <message>
        <source>No appointments today or tomorrow.</source>
        <translation>오늘·내일 일정이 없습니다.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>Appointments today and tomorrow: {count}</source>
        <translation>오늘·내일 일정 {count}건</translation>
    </message>
    <message>
        <source>{count} past appointments have no session recorded: {cases}</source>
        <translation>상담 기록이 없는 지난 일정 {count}건: {cases}</translation>
    </message>
    <message>
        <source>The access records of {month} have not been reviewed: review them and record it (Administration → Audit trail).</source>
        <translation>{month} 접속기록 점검이 기록되지 않았습니다. 점검하고 기록하십시오(관리 → 감사 기록).</translation>
    </message>
    <message>
        <source>{count} safety dates coming up</source>
        <translation>다가오는 안전 관련 일정 {count}건</translation>
    </message>
    <message>
        <source>{count} data subject requests to answer</source>
        <translation>답변할 정보주체 요구 {count}건</translation>
    </message>
    <message>
        <source>{count} closed cases are past their retention and due for destruction (Administration → Retention and destruction).</source>
        <translation>종결 사례 {count}건의 보존 기간이 지나 파기 대상입니다(관리 → 보존 기간과 파기).</translation>
    </message>
    <message>
        <source>Acknowledge old replies</source>
        <translation>오래된 회신 확인</translation>
    </message>
    <message>
        <source>Stop listing the referral replies more than {days} days overdue; the summary still counts them. New ones are listed again.</source>
        <translation>기한을 {days}일 넘게 지난 연계 회신을 목록에서 뺍니다. 요약에는 계속 건수가 나오고, 새로 기한이 지나는 회신은 다시 목록에 나옵니다.</translation>
    </message>
    <message>
        <source>{count} old replies acknowledged</source>
        <translation>확인한 오래된 회신 {count}건</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Referral {number} to {agency}: the reply was due {date}. Open the case to record the reply.</source>
        <translation>{agency} 앞 연계 {number}: 회신 기한이 {date}였습니다. 사례를 열어 회신을 기록하십시오.</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>기한이 {days}일 지났습니다</translation>
    </message>
    <message>
        <source>Answer the request: {kind}</source>
        <translation>요구에 답변: {kind}</translation>
    </message>
    <message>
        <source>Received {received}; the answer is due within 10 days of receipt.</source>
        <translation>{received} 접수. 접수한 날부터 10일 안에 답변해야 합니다.</translation>
    </message>
    <message>
        <source>{agency}: reply overdue</source>
        <translation>{agency}: 회신 기한 지남</translation>
    </message>
    <message>
        <source>{count} referrals</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <source>{agency}: {count} replies overdue</source>
        <translation>{agency}: 회신 기한 지남 {count}건</translation>
    </message>
    <message>
        <source>{agency} owes {count} replies; the oldest was due {date}. Opening it shows the oldest.</source>
        <translation>{agency}의 회신 {count}건이 기한을 넘겼습니다. 가장 오래된 것은 {date}까지였습니다. 열면 가장 오래된 의뢰의 사례가 열립니다.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation>저장 안 함(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>There is unsaved input. Close without saving it?</source>
        <translation>저장하지 않은 내용이 있습니다. 저장하지 않고 닫으시겠습니까?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>계속 작성</translation>
    </message>
    <message>
        <source>There are unsaved changes:</source>
        <translation>저장하지 않은 변경 사항이 있습니다.</translation>
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
        <translation>{name}({username}) 님을 {role}(으)로 추가했습니다. 임시 비밀번호는 본인에게 직접 전달하십시오.</translation>
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
        <translation>{name}({username}) 님의 계정을 비활성화하시겠습니까? 이 컴퓨터에서 더 이상 로그인할 수 없습니다. 작성한 기록과 감사 기록은 그대로 남고, 관리자가 나중에 다시 활성화할 수 있습니다.</translation>
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
        <translation>{name} 님의 비밀번호를 재설정했습니다. 임시 비밀번호는 본인에게 직접 전달하십시오.</translation>
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
        <source>State why this copy is saved (출력 사유).</source>
        <translation>사본을 저장하는 이유(출력 사유)를 적어 주십시오.</translation>
    </message>
    <message>
        <source>State the purpose of use (이용 목적) the client agreed to.</source>
        <translation>내담자가 동의한 이용 목적을 적어 주십시오.</translation>
    </message>
    <message>
        <source>This case is high risk: write a short note confirming why it can be closed.</source>
        <translation>위기도가 높은 사례입니다. 종결해도 되는 이유를 짧게 적어 주십시오.</translation>
    </message>
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
        <translation>날짜는 YYYY-MM-DD 형식으로 쓰십시오. 예: 2026-11-26</translation>
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
        <translation>너무 먼 과거의 날짜입니다. 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701.</source>
        <translation>국내 전화번호 형식이 아닙니다. 예: 010-1234-5678, 02-123-4567, 1577-1701</translation>
    </message>
    <message>
        <source>Use letters only (Hangul or Latin), at most 60 characters.</source>
        <translation>한글 또는 영문자만 60자 이내로 쓰십시오.</translation>
    </message>
    <message>
        <source>Choose at least one crime type.</source>
        <translation>피해 유형을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Name the agency that referred the client.</source>
        <translation>내담자를 의뢰한 기관을 입력하십시오.</translation>
    </message>
    <message>
        <source>Not a resident registration number (YYMMDD-NNNNNNN).</source>
        <translation>주민등록번호 형식(YYMMDD-NNNNNNN)이 아닙니다.</translation>
    </message>
    <message>
        <source>Record the legal basis for keeping this number.</source>
        <translation>이 번호를 보관하는 법적 근거를 기록하십시오.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>{max}자 이내로 쓰십시오.</translation>
    </message>
    <message>
        <source>An amount in won: digits only, for example 300000.</source>
        <translation>금액은 원 단위 숫자로만 쓰십시오. 예: 300000</translation>
    </message>
    <message>
        <source>Minutes between 0 and 1440.</source>
        <translation>0~1440분 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>종결 사유를 선택하십시오.</translation>
    </message>
    <message>
        <source>The case cannot move from this status to that one.</source>
        <translation>사건을 이 상태에서 그 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Write the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>날짜와 시각은 YYYY-MM-DD HH:MM 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>Choose the agency this consent is for.</source>
        <translation>이 동의가 적용되는 기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>Tick the items the client agreed to provide.</source>
        <translation>내담자가 제공에 동의한 항목을 선택하십시오.</translation>
    </message>
    <message>
        <source>The client is under 14 on this date: the legal guardian must give this consent.</source>
        <translation>이 날짜에 내담자가 만 14세 미만입니다. 법정대리인이 동의해야 합니다.</translation>
    </message>
    <message>
        <source>The guardian is the suspected offender and cannot consent for the client. Record the legal basis used instead (for example 개인정보 보호법 제15조제1항제5호) and the reason.</source>
        <translation>보호자가 가해 의심자이므로 내담자를 대신해 동의할 수 없습니다. 대신 적용한 법적 근거(예: 개인정보 보호법 제15조제1항제5호)와 사유를 기록하십시오.</translation>
    </message>
    <message>
        <source>Record the legal basis and the reason it applies.</source>
        <translation>법적 근거와 그 근거를 적용한 사유를 기록하십시오.</translation>
    </message>
    <message>
        <source>State why this document is printed or saved (출력 사유).</source>
        <translation>이 문서를 출력하거나 저장하는 사유(출력 사유)를 적으십시오.</translation>
    </message>
    <message>
        <source>Choose the agency.</source>
        <translation>기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>Only an administrator may include a resident registration number.</source>
        <translation>주민등록번호는 관리자만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the date it was given.</source>
        <translation>동의한 날짜보다 앞선 날짜로 철회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Write the question in Korean and in English.</source>
        <translation>문항을 한국어와 영어로 모두 적으십시오.</translation>
    </message>
    <message>
        <source>A code has 2 to 31 lower-case Latin letters, digits or &apos;_&apos;, starting with a letter.</source>
        <translation>코드는 영문 소문자로 시작하는 2~31자의 영문 소문자, 숫자, &apos;_&apos;입니다.</translation>
    </message>
    <message>
        <source>Two questions share the code &apos;{code}&apos;.</source>
        <translation>두 문항의 코드가 &apos;{code}&apos;(으)로 같습니다.</translation>
    </message>
    <message>
        <source>A survey needs at least one 5-point question.</source>
        <translation>5점 척도 문항이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>At most {max} questions.</source>
        <translation>문항은 최대 {max}개입니다.</translation>
    </message>
    <message>
        <source>At most one question of the kind “{kind}”.</source>
        <translation>“{kind}” 문항은 하나만 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing was answered. Record that the client declined instead.</source>
        <translation>응답한 문항이 없습니다. 대신 응답 거절을 기록하십시오.</translation>
    </message>
    <message>
        <source>Answer with a number from 1 to 5.</source>
        <translation>1부터 5까지의 숫자로 답하십시오.</translation>
    </message>
    <message>
        <source>This question is not in the survey.</source>
        <translation>이 조사에 없는 문항입니다.</translation>
    </message>
    <message>
        <source>A case is surveyed once it is closed.</source>
        <translation>사례가 종결된 뒤에 조사합니다.</translation>
    </message>
    <message>
        <source>A program is surveyed once the client has completed it.</source>
        <translation>내담자가 프로그램을 수료한 뒤에 조사합니다.</translation>
    </message>
    <message>
        <source>This survey was already recorded ({outcome}); the client is not asked again.</source>
        <translation>이미 조사가 기록되었습니다({outcome}). 내담자에게 다시 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Give the program a name.</source>
        <translation>프로그램 이름을 적으십시오.</translation>
    </message>
    <message>
        <source>A number of places between 1 and 500, or empty for no limit.</source>
        <translation>정원은 1~500 사이의 숫자로 적거나, 제한이 없으면 비워 두십시오.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Choose the partner agency that runs the program.</source>
        <translation>프로그램을 진행하는 협력 기관을 고르십시오.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 14:00.</source>
        <translation>시각은 HH:MM 형식으로 적으십시오(예: 14:00).</translation>
    </message>
    <message>
        <source>The session lies outside the program&apos;s dates.</source>
        <translation>회기 날짜가 프로그램 기간을 벗어납니다.</translation>
    </message>
    <message>
        <source>Attendance can be recorded once the session has taken place.</source>
        <translation>출석은 회기가 열린 뒤에 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>This program no longer takes enrolments ({status}).</source>
        <translation>이 프로그램은 더 이상 참여 등록을 받지 않습니다({status}).</translation>
    </message>
    <message>
        <source>The program is full ({capacity} places).</source>
        <translation>정원이 찼습니다(정원 {capacity}명).</translation>
    </message>
    <message>
        <source>The client is already enrolled in this program.</source>
        <translation>이미 이 프로그램에 참여 중인 내담자입니다.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for clients still taking part.</source>
        <translation>출석은 참여 중인 내담자에 대해서만 기록합니다.</translation>
    </message>
    <message>
        <source>Minutes between 1 and 1440.</source>
        <translation>1~1440분 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Between 1 and 104 weekly occurrences.</source>
        <translation>매주 반복은 1~104회입니다.</translation>
    </message>
    <message>
        <source>Every 1 to 8 weeks.</source>
        <translation>1~8주 간격입니다.</translation>
    </message>
    <message>
        <source>Choose who goes.</source>
        <translation>담당자를 선택하십시오.</translation>
    </message>
    <message>
        <source>Every occurrence would be skipped.</source>
        <translation>모든 회차를 건너뛰게 됩니다.</translation>
    </message>
    <message>
        <source>Not an e-mail address. Example: counsel@center.or.kr</source>
        <translation>이메일 주소가 아닙니다. 예: counsel@center.or.kr</translation>
    </message>
    <message>
        <source>A month can be reviewed once it has begun, not before.</source>
        <translation>아직 시작되지 않은 달은 점검할 수 없습니다.</translation>
    </message>
    <message>
        <source>Give the address, or describe where the item is when it has none.</source>
        <translation>주소를 적거나, 주소가 없으면 위치를 설명하십시오.</translation>
    </message>
    <message>
        <source>The file must hold 1 byte to 20 MB.</source>
        <translation>파일 크기는 1바이트에서 20MB 사이여야 합니다.</translation>
    </message>
    <message>
        <source>This date is before the item was found.</source>
        <translation>이 날짜는 발견일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>This referral does not carry the list of items to be removed.</source>
        <translation>이 연계 의뢰에는 삭제 지원 대상 목록이 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Write the address as it appears in the browser, starting with http:// or https://.</source>
        <translation>주소는 브라우저에 보이는 대로 http:// 또는 https://로 시작하게 적으십시오.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>사유를 적어 주십시오.</translation>
    </message>
    <message>
        <source>Answer every question (yes, no or don&apos;t know).</source>
        <translation>모든 문항에 답해 주십시오(예, 아니오, 모름).</translation>
    </message>
    <message>
        <source>There is no such deadline rule.</source>
        <translation>그런 기한 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>The cut-offs must rise: medium &lt; high &lt; critical.</source>
        <translation>기준 점수는 보통 &lt; 높음 &lt; 매우 높음 순으로 커야 합니다.</translation>
    </message>
    <message>
        <source>Every question needs a Korean and an English text and a weight of 1 to 10.</source>
        <translation>모든 문항에 한국어·영어 문구와 1~10의 가중치가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Give every question its own code (Latin letters, digits and _), and at least one question.</source>
        <translation>문항마다 서로 다른 코드(영문자, 숫자, _)를 주고, 문항을 하나 이상 두십시오.</translation>
    </message>
    <message>
        <source>A refusal must give its reason.</source>
        <translation>거절하거나 일부만 이행하면 사유를 적어야 합니다.</translation>
    </message>
    <message>
        <source>Only an administrator can remove a record entered by someone else or more than a day ago.</source>
        <translation>다른 사람이 입력했거나 입력한 지 하루가 지난 기록은 관리자만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why in the note.</source>
        <translation>메모에 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>The answer cannot come before the request was received.</source>
        <translation>답변일은 접수일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>{value}: there is no month {month}.</source>
        <translation>{value}: {month}월은 없습니다.</translation>
    </message>
    <message>
        <source>{value}: {year}-{month} has only {days} days.</source>
        <translation>{value}: {year}년 {month}월은 {days}일까지 있습니다.</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>&amp;Mark not applicable</source>
        <translation>해당 없음으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>“{what}” is no longer listed in My tasks or by the deadlines command for this case.</source>
        <translation>이 사례에서는 “{what}”이(가) 내 할 일과 기한 목록에 더 이상 나오지 않습니다.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Clash: two appointments at once</source>
        <translation>충돌: 같은 시간에 일정 두 건</translation>
    </message>
    <message>
        <source>Less than 30 minutes to travel between two places</source>
        <translation>두 장소 사이 이동 시간이 30분 미만</translation>
    </message>
    <message>
        <source>place withheld</source>
        <translation>장소 비공개</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
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
        <translation>다음 단계에서 센터와 이 컴퓨터의 이름을 정하고, 첫 관리자 계정을 만든 뒤 복구 키를 받습니다. 복구 키는 모든 비밀번호를 잊었을 때 자료를 되찾는 유일한 방법이니, 종이에 적어 잠금장치가 있는 곳에 보관하십시오.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>데이터 폴더: {folder}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>동의 철회</translation>
    </message>
    <message>
        <source>Date of withdrawal</source>
        <translation>철회일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>e.g. the client asked by phone</source>
        <translation>예: 내담자가 전화로 요청함</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>동의:</translation>
    </message>
    <message>
        <source>{what}, given {date}</source>
        <translation>{what}, {date} 동의</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>철회일(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Withdraw the consent</source>
        <translation>동의 철회(&amp;W)</translation>
    </message>
    <message>
        <source>From the date of withdrawal, referrals that need this consent cannot be sent and no document carries what it allowed. The record of the consent itself is kept.</source>
        <translation>철회일부터 이 동의가 필요한 연계는 보낼 수 없고, 이 동의로 허용되던 항목은 어떤 문서에도 들어가지 않습니다. 동의 기록 자체는 남겨 둡니다.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace of {name}</source>
        <translation>{name} 님의 작업 화면</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>사례 목록</translation>
    </message>
    <message>
        <source>{case} has unsaved changes ({what}). Save them before closing?</source>
        <translation>{case}에 저장하지 않은 변경 사항({what})이 있습니다. 닫기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>New intake (not registered yet)</source>
        <translation>신규 접수(아직 등록하지 않음)</translation>
    </message>
    <message>
        <source>Case list and open cases</source>
        <translation>사례 목록과 열린 사례</translation>
    </message>
</context>
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Access record for the client</source>
        <translation>정보주체 열람 자료</translation>
    </message>
    <message>
        <source>Everything the center holds about this client: their details, every case of theirs with its sessions, services and plan, consents, referrals (what was sent to whom and when), their requests, the document register and the access-log entries naming them. What protects another person (a guardian&apos;s details, the offender&apos;s) is left out with a note. The output is recorded in the document register with its purpose and in the audit trail.</source>
        <translation>센터가 이 내담자에 관해 보유한 모든 정보입니다: 본인 정보, 본인의 모든 사례(상담 기록, 제공 서비스, 계획), 동의, 연계(무엇을 누구에게 언제 제공했는지), 본인의 요구, 출력·복사 대장과 본인을 처리한 접속 기록. 다른 사람을 보호하기 위한 정보(보호자·가해자의 정보)는 안내문과 함께 제외합니다. 출력은 사유와 함께 출력·복사 대장과 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Machine-readable zip (JSON and attached files)</source>
        <translation>기계 판독용 zip (JSON과 첨부 파일)</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>출력 사유(&amp;U):</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Purpose of the output</source>
        <translation>출력 사유</translation>
    </message>
    <message>
        <source>Readable PDF</source>
        <translation>읽기용 PDF</translation>
    </message>
    <message>
        <source>Save the access record as</source>
        <translation>열람 자료 저장</translation>
    </message>
    <message>
        <source>Saved to {path}. The output is recorded in the document register with its purpose.</source>
        <translation>{path}에 저장했습니다. 출력 사유와 함께 출력·복사 대장에 기록했습니다.</translation>
    </message>
    <message>
        <source>The record is ready. Choose Save again.</source>
        <translation>열람 자료가 준비되었습니다. 저장을 다시 누르십시오.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 압축 파일 (*.zip)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>&amp;Answered on:</source>
        <translation>답변일(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>결과(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record the answer</source>
        <translation>답변 기록(&amp;R)</translation>
    </message>
    <message>
        <source>A refusal or a partial answer gives its reason.</source>
        <translation>거절하거나 일부만 이행한 경우 그 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>답변 내용(&amp;N):</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>답변 기록</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>요구:</translation>
    </message>
    <message>
        <source>{kind}, received {received}, due {due}</source>
        <translation>{kind}, {received} 접수, 기한 {due}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Entered in error</source>
        <translation>잘못 입력함</translation>
    </message>
    <message>
        <source>Entered on the wrong case</source>
        <translation>다른 사례에 입력함</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>중복 입력</translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation>기타 (메모에 사유 기재)</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>counseling session</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>plan goal</source>
        <translation>계획 목표</translation>
    </message>
    <message>
        <source>service</source>
        <translation>지원 내역</translation>
    </message>
</context>
<context>
    <name>RemoveRecordDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <source>Remove a record entered by mistake</source>
        <translation>잘못 입력한 기록 삭제</translation>
    </message>
    <message>
        <source>The record leaves this case. The case history and the audit trail keep that it was removed, by whom, when and why. You can remove what you entered yourself within a day; after that, or for someone else&apos;s record, ask an administrator.</source>
        <translation>기록이 이 사례에서 빠집니다. 사례 이력과 감사 기록에는 누가, 언제, 왜 삭제했는지 남습니다. 본인이 입력한 기록은 입력 후 하루 안에 삭제할 수 있고, 그 뒤이거나 다른 사람의 기록이면 관리자에게 요청하십시오.</translation>
    </message>
    <message>
        <source>e.g. belongs to another client&apos;s case</source>
        <translation>예: 다른 내담자의 사례 기록임</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>&amp;Log the request</source>
        <translation>요구 기록(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>접수일(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>요구(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;What was asked:</source>
        <translation>요구 내용(&amp;W):</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Log a request of the client</source>
        <translation>내담자의 요구 기록</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>The answer is due within 10 days of receipt; until it is recorded, the request is on My tasks.</source>
        <translation>접수한 날부터 10일 안에 답변해야 합니다. 답변을 기록할 때까지 내 할 일에 표시됩니다.</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>요구 내용</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;Log a request…</source>
        <translation>요구 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>Access &amp;record for the client…</source>
        <translation>열람 자료 출력(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>답변 기록(&amp;A)…</translation>
    </message>
    <message>
        <source>Requests of the client</source>
        <translation>내담자의 요구</translation>
    </message>
    <message>
        <source>Requests to see (access), correct or delete, or stop the processing of the client&apos;s data. Each must be answered within 10 days of receipt; open ones are on My tasks until the answer is recorded. Red: due within 3 days or overdue.</source>
        <translation>내담자의 개인정보 열람, 정정·삭제, 처리정지 요구입니다. 접수한 날부터 10일 안에 답변해야 하며, 답변을 기록할 때까지 내 할 일에 표시됩니다. 빨간색: 기한 3일 이내 또는 기한 경과.</translation>
    </message>
    <message>
        <source>The answer is recorded.</source>
        <translation>답변을 기록했습니다.</translation>
    </message>
    <message>
        <source>The request is logged; the answer is due in 10 days.</source>
        <translation>요구를 기록했습니다. 10일 안에 답변해야 합니다.</translation>
    </message>
</context>
<context>
    <name>SubjectRequestTableModel</name>
    <message>
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>기한이 {days}일 지났습니다</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>요구 내용</translation>
    </message>
    <message>
        <source>{days} days left to answer</source>
        <translation>답변 기한까지 {days}일</translation>
    </message>
</context>
<context>
    <name>SubjectRequests</name>
    <message>
        <source>Access (§35)</source>
        <translation>열람 (제35조)</translation>
    </message>
    <message>
        <source>Correction or deletion (§36)</source>
        <translation>정정·삭제 (제36조)</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>이행</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>일부 이행</translation>
    </message>
    <message>
        <source>Refused (reason given)</source>
        <translation>거절 (사유 통지)</translation>
    </message>
    <message>
        <source>Suspension of processing (§37)</source>
        <translation>처리정지 (제37조)</translation>
    </message>
</context>
<context>
    <name>ClientMatching</name>
    <message>
        <source>same phone number</source>
        <translation>같은 전화번호</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>같은 이름·생년월일</translation>
    </message>
    <message>
        <source>same name, similar phone number</source>
        <translation>같은 이름, 비슷한 전화번호</translation>
    </message>
    <message>
        <source>same name, similar birth date</source>
        <translation>같은 이름, 비슷한 생년월일</translation>
    </message>
</context>
<context>
    <name>IntakeMatches</name>
    <message>
        <source>Likely matches among existing clients</source>
        <translation>같은 사람일 수 있는 기존 내담자</translation>
    </message>
    <message>
        <source>New case for this &amp;client</source>
        <translation>이 내담자의 새 사례로 접수(&amp;C)</translation>
    </message>
    <message>
        <source>New case for the chosen existing client</source>
        <translation>선택한 기존 내담자의 새 사례로 접수</translation>
    </message>
    <message>
        <source>A client who may be this person exists ({reason}); ask a counselor.</source>
        <translation>같은 사람일 수 있는 내담자가 있습니다({reason}). 상담원에게 확인하십시오.</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>만 {age}세</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>나이 모름</translation>
    </message>
    <message>
        <source>no open case</source>
        <translation>사례 없음</translation>
    </message>
    <message>
        <source>{name} · {age} · {cases} · last contact {last} · {reason}</source>
        <translation>{name} · {age} · {cases} · 최근 연락 {last} · {reason}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate clients</source>
        <translation>중복 내담자</translation>
    </message>
    <message>
        <source>Client records that are likely one person. Merging moves the cases, phone numbers, consents, referrals, program enrolments and history of one client to the other; both cases remain.</source>
        <translation>같은 사람일 가능성이 높은 내담자 기록입니다. 병합하면 한 내담자의 사례, 전화번호, 동의, 연계, 프로그램 참여와 이력이 다른 내담자에게로 옮겨지며, 두 사례는 모두 남습니다.</translation>
    </message>
    <message>
        <source>Likely duplicate clients</source>
        <translation>중복 가능성이 있는 내담자</translation>
    </message>
    <message>
        <source>Case (kept)</source>
        <translation>사례 (유지)</translation>
    </message>
    <message>
        <source>Case (merged)</source>
        <translation>사례 (병합 대상)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>병합(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>중복 가능성이 있는 내담자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Merge two clients</source>
        <translation>내담자 병합</translation>
    </message>
    <message>
        <source>&amp;Keep the other client instead</source>
        <translation>다른 쪽 내담자를 유지(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <source>The client of {other} ({other_cases}) is merged into the client of {keep} ({keep_cases}).</source>
        <translation>{other}의 내담자({other_cases})를 {keep}의 내담자({keep_cases})로 병합합니다.</translation>
    </message>
    <message>
        <source>The client of {other} is merged into the client of {keep}.</source>
        <translation>{other}의 내담자를 {keep}의 내담자로 병합합니다.</translation>
    </message>
    <message>
        <source>For each field whose values differ, choose the value to keep. Both cases remain; a merge cannot be undone.</source>
        <translation>값이 다른 항목마다 남길 값을 고르십시오. 두 사례는 모두 남으며, 병합은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Kept client</source>
        <translation>유지할 내담자</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation>병합할 내담자</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>두 기록의 값이 같습니다.</translation>
    </message>
    <message>
        <source>kept client</source>
        <translation>유지할 내담자</translation>
    </message>
    <message>
        <source>other client</source>
        <translation>병합할 내담자</translation>
    </message>
    <message>
        <source>{field}: {side}</source>
        <translation>{field}: {side}</translation>
    </message>
    <message>
        <source>Merged: the client of {other} is now the client of {keep} ({rows} records moved).</source>
        <translation>병합했습니다. {other}의 내담자는 이제 {keep}의 내담자입니다(기록 {rows}건 이동).</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Case records</source>
        <translation>사례 기록</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>Documents register</source>
        <translation>출력·복사 대장</translation>
    </message>
    <message>
        <source>Access records</source>
        <translation>접속기록</translation>
    </message>
    <message>
        <source>Access-right changes</source>
        <translation>접근권한 변경 기록</translation>
    </message>
</context>
<context>
    <name>DestructionTableModel</name>
    <message>
        <source>Case number</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>파기일</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>파기 요청자</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>확인자</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>조기 파기</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>확인 대기</translation>
    </message>
    <message>
        <source>early (제36조)</source>
        <translation>조기 파기 (제36조)</translation>
    </message>
</context>
<context>
    <name>DueCaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <source>Due for destruction from</source>
        <translation>파기 예정일</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and destruction</source>
        <translation>보존 기간과 파기</translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation>파기 대상</translation>
    </message>
    <message>
        <source>Destruction records</source>
        <translation>파기 기록</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation>보존 기간</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Closed cases whose retention has ended must be destroyed without delay (개인정보 보호법 제21조). Destroying removes the case, its client when no other case of theirs remains, every record, attachment and search entry of it and its history, here and on every device at its next sync. A destruction record without personal data is kept.</source>
        <translation>보존 기간이 끝난 종결 사례는 지체 없이 파기해야 합니다(개인정보 보호법 제21조). 파기하면 사례와, 다른 사례가 남지 않은 내담자, 그 사례의 모든 기록·첨부 파일·검색 색인과 변경 이력이 이 컴퓨터에서, 그리고 다른 모든 기기에서 다음 동기화 때 삭제됩니다. 개인정보가 없는 파기 기록만 남습니다.</translation>
    </message>
    <message>
        <source>Cases due for destruction</source>
        <translation>파기 대상 사례</translation>
    </message>
    <message>
        <source>Reason for the destruction</source>
        <translation>파기 사유</translation>
    </message>
    <message>
        <source>e.g. 보존 기간 경과</source>
        <translation>예: 보존 기간 경과</translation>
    </message>
    <message>
        <source>&amp;Destroy the selected cases…</source>
        <translation>선택한 사례 파기(&amp;D)…</translation>
    </message>
    <message>
        <source>Case number to destroy early</source>
        <translation>조기 파기할 사례 번호</translation>
    </message>
    <message>
        <source>Destroy &amp;early…</source>
        <translation>조기 파기(&amp;E)…</translation>
    </message>
    <message>
        <source>Destructions waiting for a second administrator</source>
        <translation>다른 관리자의 확인을 기다리는 파기</translation>
    </message>
    <message>
        <source>Con&amp;firm the selected order…</source>
        <translation>선택한 파기 확인(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>At the client&apos;s request (제36조), case &amp;number:</source>
        <translation>정보주체의 삭제 요구(제36조), 사례 번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Waiting for confirmation:</source>
        <translation>확인 대기(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Case records (years after closing):</source>
        <translation>사례 기록 (종결 후 연수)(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Access records (years, at least 2):</source>
        <translation>접속기록 (연수, 2년 이상)(&amp;A):</translation>
    </message>
    <message>
        <source>Access-right c&amp;hanges (years, at least 3):</source>
        <translation>접근권한 변경 기록 (연수, 3년 이상)(&amp;H):</translation>
    </message>
    <message>
        <source>A &amp;second administrator confirms each destruction (when there are two)</source>
        <translation>관리자가 두 명 이상이면 다른 관리자가 파기를 확인(&amp;S)</translation>
    </message>
    <message>
        <source>Consents and the documents register are kept as long as their case.</source>
        <translation>동의서와 출력·복사 대장은 해당 사례와 같은 기간 보존합니다.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the schedule</source>
        <translation>보존 기간 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Backups made before a destruction still hold the destroyed data: keep them locked away and destroy them when their own retention ends.</source>
        <translation>파기 이전에 만든 백업에는 파기한 정보가 그대로 남아 있습니다. 잠금 보관하고 백업의 보존 기간이 끝나면 파기하십시오.</translation>
    </message>
    <message>
        <source>Made before the last destruction: {count} ({backups}).</source>
        <translation>마지막 파기 이전에 만든 백업: {count}개 ({backups}).</translation>
    </message>
    <message>
        <source>Select the cases to destroy in the list.</source>
        <translation>목록에서 파기할 사례를 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the number of the case the client asked to delete.</source>
        <translation>정보주체가 삭제를 요구한 사례의 번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Destroy {count} case(s) ({cases})? This cannot be undone; every device removes them at its next sync.</source>
        <translation>사례 {count}건({cases})을 파기하시겠습니까? 되돌릴 수 없으며, 모든 기기에서 다음 동기화 때 삭제됩니다.</translation>
    </message>
    <message>
        <source>Destroyed: {cases}.</source>
        <translation>파기했습니다: {cases}.</translation>
    </message>
    <message>
        <source>Ordered; another administrator confirms: {cases}.</source>
        <translation>파기를 요청했습니다. 다른 관리자가 확인해야 합니다: {cases}.</translation>
    </message>
    <message>
        <source>Select an order waiting for confirmation.</source>
        <translation>확인을 기다리는 파기 요청을 선택하십시오.</translation>
    </message>
    <message>
        <source>Confirm the destruction of case {case}? This cannot be undone.</source>
        <translation>사례 {case}의 파기를 확인하시겠습니까? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The retention schedule was saved.</source>
        <translation>보존 기간을 저장했습니다.</translation>
    </message>
    <message>
        <source>Sections of retention and destruction</source>
        <translation>보존 기간과 파기 항목</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>UsernameHint</name>
    <message>
        <source>3 to 32 lower-case Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>사용자 이름은 영문 소문자로 시작하고 영문 소문자, 숫자, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;로 3~32자입니다.</translation>
    </message>
    <message>
        <source>Type {letters} in lower case.</source>
        <translation>{letters}은(는) 소문자로 입력하십시오.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>A user name cannot hold {characters}.</source>
        <translation>사용자 이름에는 {characters}을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A user name starts with a letter.</source>
        <translation>사용자 이름은 영문자로 시작합니다.</translation>
    </message>
</context>
<context>
    <name>AlertMark</name>
    <message>
        <source>{text} (attention)</source>
        <translation>{text} (주의)</translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <source>Required field</source>
        <translation>필수 항목</translation>
    </message>
    <message>
        <source>* marks a field that must be filled in.</source>
        <translation>* 표시는 꼭 입력해야 하는 항목입니다.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Pages to print</source>
        <translation>인쇄할 쪽</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Page wi&amp;dth</source>
        <translation>쪽 너비(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>전체 쪽(&amp;W)</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count}쪽</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
</context>
</TS>
