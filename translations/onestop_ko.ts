<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="30"/>
        <source>About OneStop</source>
        <translation>OneStop 정보</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="33"/>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="34"/>
        <source>&amp;Licences</source>
        <translation>라이선스(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="36"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="48"/>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="54"/>
        <source>Encrypted case files for the counselors of a crime-victim one-stop support center. OneStop works without a network: each computer keeps its own encrypted copy of the data.</source>
        <translation>범죄피해자 원스톱 솔루션 센터 상담원을 위한 암호화된 사례 기록 프로그램입니다. OneStop은 네트워크 없이 작동하며, 컴퓨터마다 자료를 암호화해 따로 보관합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="57"/>
        <source>Runs on Python {python}, Qt {qt} and Qt for Python {pyside}.</source>
        <translation>Python {python}, Qt {qt}, Qt for Python {pyside}에서 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="67"/>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="73"/>
        <source>Licence text</source>
        <translation>라이선스 전문</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/about_dialog.py" line="88"/>
        <source>Licence: {licence}</source>
        <translation>라이선스: {licence}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="62"/>
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="65"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="65"/>
        <source>e.g. Kim Minji</source>
        <translation>예: 김민지</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="66"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="67"/>
        <source>e.g. minji.kim</source>
        <translation>예: minji.kim</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="68"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="69"/>
        <source>Temporary passphrase</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="70"/>
        <source>Temporary passphrase again</source>
        <translation>임시 비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="75"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="76"/>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="77"/>
        <source>&amp;Temporary passphrase:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="78"/>
        <source>Temporary passphrase &amp;again:</source>
        <translation>임시 비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="82"/>
        <source>Give the temporary passphrase to the person yourself. They must replace it with their own passphrase when they first log in.</source>
        <translation>임시 비밀번호는 본인에게 직접 전달하세요. 처음 로그인할 때 본인만 아는 비밀번호로 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="86"/>
        <source>A&amp;dd user</source>
        <translation>사용자 추가(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="86"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="89"/>
        <source>First administrator</source>
        <translation>첫 관리자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="90"/>
        <source>The administrator adds the other staff accounts after setup.</source>
        <translation>설정이 끝나면 관리자가 다른 직원의 계정을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="92"/>
        <source>C&amp;reate</source>
        <translation>만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="93"/>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="94"/>
        <source>e.g. Hong Gildong</source>
        <translation>예: 홍길동</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="95"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="96"/>
        <source>e.g. hong</source>
        <translation>예: hong</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="97"/>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="98"/>
        <source>Passphrase again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="102"/>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="104"/>
        <source>3 to 32 lower-case Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;; used to log in.</source>
        <translation>영문 소문자, 숫자, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;로 3~32자입니다. 로그인할 때 사용합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="106"/>
        <source>&amp;Passphrase:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="107"/>
        <source>Passphrase &amp;again:</source>
        <translation>비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="125"/>
        <source>The two passphrases are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>AgencyDirectoryDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="41"/>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="43"/>
        <source>Partner agencies</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="48"/>
        <source>Show &amp;inactive entries</source>
        <translation>사용하지 않는 기관도 보기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="51"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="52"/>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="53"/>
        <source>&amp;Verified today</source>
        <translation>오늘 확인함(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="54"/>
        <source>You checked the name, phone and contact with the agency today.</source>
        <translation>오늘 기관에 기관명, 전화번호, 담당자를 확인했을 때 누릅니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="66"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="68"/>
        <source>Referrals are offered only to active entries. Red dates: not verified for more than a year — check with the agency before sending.</source>
        <translation>연계할 때는 사용 중인 기관만 선택할 수 있습니다. 빨간 날짜는 1년 넘게 확인하지 않은 기관입니다. 보내기 전에 기관에 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="71"/>
        <source>Only an administrator can change the directory.</source>
        <translation>기관 목록은 관리자만 고칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="112"/>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="112"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="113"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="113"/>
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="114"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="121"/>
        <source>The directory is updated.</source>
        <translation>기관 목록을 고쳤습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="145"/>
        <source>Correct the entry with Edit first.</source>
        <translation>먼저 [수정]으로 이 기관 정보를 고치십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_directory.py" line="148"/>
        <source>{name} is marked as verified today.</source>
        <translation>{name}을(를) 오늘 확인한 것으로 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>AgencyFormDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="73"/>
        <source>Edit the agency</source>
        <translation>기관 정보 수정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="73"/>
        <source>Add an agency</source>
        <translation>기관 추가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="75"/>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="76"/>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="78"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="79"/>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="80"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="81"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="82"/>
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="83"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="84"/>
        <source>Last verified</source>
        <translation>최종 확인일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="85"/>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="88"/>
        <source>Active (offered for new referrals)</source>
        <translation>사용 중(새 연계에서 선택 가능)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="99"/>
        <source>&amp;Name:</source>
        <translation>기관명(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="100"/>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="102"/>
        <source>Service domains:</source>
        <translation>지원 영역:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="103"/>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="104"/>
        <source>&amp;Fax:</source>
        <translation>팩스(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="105"/>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="106"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="107"/>
        <source>&amp;Contact person:</source>
        <translation>담당자(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="109"/>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="110"/>
        <source>Last &amp;verified:</source>
        <translation>최종 확인일(&amp;V):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="115"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/agency_form.py" line="117"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="50"/>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="50"/>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="50"/>
        <source>Service domains</source>
        <translation>지원 영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="50"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="51"/>
        <source>Last verified</source>
        <translation>최종 확인일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="54"/>
        <source>never</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="60"/>
        <source>Not verified for more than a year: check the name, phone and contact before referring.</source>
        <translation>1년 넘게 확인하지 않았습니다. 연계하기 전에 기관명, 전화번호, 담당자를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/agency_table_model.py" line="62"/>
        <source>No longer active</source>
        <translation>사용하지 않는 기관</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="41"/>
        <source>view</source>
        <translation>조회</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="42"/>
        <source>create</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="43"/>
        <source>update</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="44"/>
        <source>delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="45"/>
        <source>print</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="46"/>
        <source>export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="47"/>
        <source>login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="48"/>
        <source>logout</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="49"/>
        <source>failed login</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="50"/>
        <source>account locked out</source>
        <translation>계정 잠김</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="51"/>
        <source>screen locked</source>
        <translation>화면 잠금</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="52"/>
        <source>screen unlocked</source>
        <translation>화면 잠금 해제</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="53"/>
        <source>access change</source>
        <translation>권한 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="54"/>
        <source>passphrase change</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="55"/>
        <source>settings change</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="56"/>
        <source>backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="57"/>
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="58"/>
        <source>setup</source>
        <translation>처음 설정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="59"/>
        <source>integrity check</source>
        <translation>무결성 점검</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="60"/>
        <source>refused (no permission)</source>
        <translation>거부됨(권한 없음)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/audit.py" line="61"/>
        <source>import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="32"/>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="34"/>
        <source>Audit entries</source>
        <translation>감사 기록 항목</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="37"/>
        <source>&amp;Verify the chain</source>
        <translation>위변조 검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="40"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="47"/>
        <source>The latest {count} entries, newest first. Times are local.</source>
        <translation>최근 {count}건을 최신순으로 보여 줍니다. 시각은 이 컴퓨터의 시간대 기준입니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="56"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="85"/>
        <source>The audit trail has been altered: {count} problems in {total} entries.</source>
        <translation>감사 기록이 변경되었습니다: 전체 {total}건 중 문제 {count}건.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="89"/>
        <source>Entry {seq}: {reason}</source>
        <translation>{seq}번 항목: {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/audit_dialog.py" line="93"/>
        <source>All {total} entries checked: the audit trail is intact.</source>
        <translation>{total}건을 모두 확인했습니다. 감사 기록에 위변조가 없습니다.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="86"/>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="86"/>
        <source>device</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="86"/>
        <source>setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="87"/>
        <source>audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="98"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="98"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="98"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="98"/>
        <source>Action</source>
        <translation>수행 업무</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="98"/>
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/audit_table_model.py" line="99"/>
        <source>Detail</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/batch_progress.py" line="22"/>
        <source>Gathering the referrals ready to send…</source>
        <translation>발송할 연계를 모으는 중…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/batch_progress.py" line="22"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/batch_progress.py" line="25"/>
        <source>Batch output</source>
        <translation>일괄 출력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/batch_progress.py" line="40"/>
        <source>Packet {done} of {total} drawn…</source>
        <translation>연계 묶음 {total}건 중 {done}건 작성…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="23"/>
        <source>&amp;New intake…</source>
        <translation>신규 접수(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="24"/>
        <source>&amp;Find a case</source>
        <translation>사례 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="25"/>
        <source>Search session &amp;notes</source>
        <translation>상담 내용 검색(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="27"/>
        <source>My &amp;tasks</source>
        <translation>내 할 일(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="28"/>
        <source>Case &amp;list</source>
        <translation>사례 목록(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="29"/>
        <source>&amp;Refresh the list</source>
        <translation>목록 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="30"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="31"/>
        <source>&amp;Close the case</source>
        <translation>사례 닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="33"/>
        <source>Ne&amp;xt tab</source>
        <translation>다음 탭(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="35"/>
        <source>Pre&amp;vious tab</source>
        <translation>이전 탭(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="37"/>
        <source>&amp;Batch output of referrals ready to send…</source>
        <translation>발송 대기 연계 일괄 출력(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="39"/>
        <source>&amp;Partner agencies…</source>
        <translation>협력 기관(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="40"/>
        <source>&amp;Dashboard (현황)</source>
        <translation>현황(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/case_actions.py" line="41"/>
        <source>Period &amp;report (실적 보고)…</source>
        <translation>실적 보고(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CaseDetailsEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="49"/>
        <source>Intake date</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="50"/>
        <source>Intake channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="52"/>
        <source>Referring agency</source>
        <translation>의뢰 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="54"/>
        <source>Incident date</source>
        <translation>사건 발생일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="55"/>
        <source>Incident summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="56"/>
        <source>Police report</source>
        <translation>경찰 신고</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="57"/>
        <source>Police station</source>
        <translation>경찰서</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="58"/>
        <source>Police case number</source>
        <translation>경찰 사건번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="59"/>
        <source>Relationship to the offender</source>
        <translation>가해자와의 관계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="60"/>
        <source>e.g. ex-partner, stranger, relative</source>
        <translation>예: 전 연인, 모르는 사람, 친족</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="61"/>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="62"/>
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="65"/>
        <source>Team members</source>
        <translation>팀원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="77"/>
        <source>Case no.:</source>
        <translation>사례번호:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="78"/>
        <source>&amp;Intake date:</source>
        <translation>접수일(&amp;I):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="80"/>
        <source>Channel:</source>
        <translation>접수 경로:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="81"/>
        <source>Referred by:</source>
        <translation>의뢰 기관:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="83"/>
        <source>Crime types:</source>
        <translation>피해 유형:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="84"/>
        <source>Incident date:</source>
        <translation>사건 발생일:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="86"/>
        <source>Summary:</source>
        <translation>사건 개요:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="88"/>
        <source>Police report:</source>
        <translation>경찰 신고:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="89"/>
        <source>Police station:</source>
        <translation>경찰서:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="91"/>
        <source>Police case no.:</source>
        <translation>경찰 사건번호:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="93"/>
        <source>Offender is:</source>
        <translation>가해자와의 관계:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="95"/>
        <source>Lead counselor:</source>
        <translation>담당 상담원:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="96"/>
        <source>Team:</source>
        <translation>담당 팀:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="104"/>
        <source>(former staff)</source>
        <translation>(퇴직 직원)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_details_editor.py" line="118"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/fields.py" line="30"/>
        <source>YYYY-MM-DD</source>
        <translation>예: 2026-11-26</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/fields.py" line="81"/>
        <source>Crime types</source>
        <translation>피해 유형</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="161"/>
        <source>Not assessed</source>
        <translation>미평가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="171"/>
        <source>{open} ({overdue} late)</source>
        <translation>{open} (지남 {overdue})</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="179"/>
        <source>{open} open follow-ups, {overdue} of them overdue</source>
        <translation>남은 할 일 {open}건, 그중 기한 지남 {overdue}건</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="182"/>
        <source>{days} days ago</source>
        <translation>{days}일 전</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="189"/>
        <source>Case no.</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="189"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="189"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="189"/>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="189"/>
        <source>Risk</source>
        <translation>위기도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="190"/>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="190"/>
        <source>Intake</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="190"/>
        <source>Last activity</source>
        <translation>최근 활동</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="191"/>
        <source>Follow-ups</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="194"/>
        <source>The alias is shown when the client has one.</source>
        <translation>가명이 있으면 가명을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/case_list_model.py" line="196"/>
        <source>Click to sort</source>
        <translation>눌러서 정렬</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/list_page.py" line="93"/>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/list_page.py" line="75"/>
        <source>Search results: newest first</source>
        <translation>검색 결과는 최근 등록 순입니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/list_page.py" line="78"/>
        <source>New intake…</source>
        <translation>신규 접수…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/list_page.py" line="80"/>
        <source>New intake (Ctrl+N)</source>
        <translation>신규 접수 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/list_page.py" line="246"/>
        <source>Lock the screen with Ctrl+L whenever you leave the desk. OneStop also locks by itself after {minutes} minutes without input. Your work stays as it was until you unlock.</source>
        <translation>자리를 비울 때는 Ctrl+L로 화면을 잠그세요. {minutes}분 동안 입력이 없으면 OneStop이 스스로 잠급니다. 잠금을 해제하면 하던 작업이 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/text.py" line="78"/>
        <source>{amount} won</source>
        <translation>{amount}원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/text.py" line="85"/>
        <source>age {age}</source>
        <translation>만 {age}세</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/text.py" line="98"/>
        <source>Cases: more than {count}</source>
        <translation>{count}건 이상</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/text.py" line="99"/>
        <source>Cases: {count}</source>
        <translation>{count}건</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="100"/>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="100"/>
        <source>Needs &amp;&amp; &amp;plan</source>
        <translation>욕구·계획(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="101"/>
        <source>&amp;Sessions</source>
        <translation>상담 기록(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="101"/>
        <source>Ser&amp;vices</source>
        <translation>지원 내역(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="102"/>
        <source>Consen&amp;ts</source>
        <translation>동의(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="102"/>
        <source>R&amp;eferrals</source>
        <translation>연계(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="103"/>
        <source>Follow-&amp;ups</source>
        <translation>할 일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="103"/>
        <source>Histor&amp;y</source>
        <translation>이력(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="109"/>
        <source> (alias)</source>
        <translation> (가명)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/case_view.py" line="112"/>
        <source>Risk not assessed</source>
        <translation>위기도 미평가</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="60"/>
        <source>Center and this computer</source>
        <translation>센터와 이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="61"/>
        <source>These names appear in the window title, in letters and in the audit trail.</source>
        <translation>이 이름은 창 제목, 문서, 감사 기록에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="62"/>
        <source>Center name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="63"/>
        <source>e.g. Seoul One-Stop Support Center</source>
        <translation>예: 서울 원스톱 솔루션 센터</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="64"/>
        <source>Name of this computer</source>
        <translation>이 컴퓨터의 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="65"/>
        <source>e.g. Counseling room PC 1</source>
        <translation>예: 상담실 PC 1</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="66"/>
        <source>Device code</source>
        <translation>기기 코드</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="67"/>
        <source>e.g. D1</source>
        <translation>예: D1</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="70"/>
        <source>&amp;Center name:</source>
        <translation>센터 이름(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="71"/>
        <source>Name of this co&amp;mputer:</source>
        <translation>이 컴퓨터의 이름(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="72"/>
        <source>Device c&amp;ode:</source>
        <translation>기기 코드(&amp;O):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="74"/>
        <source>The device code is 2 to 8 capital letters or digits. It starts every case number made on this computer, so each computer of the center needs its own code.</source>
        <translation>기기 코드는 영문 대문자 또는 숫자 2~8자입니다. 이 컴퓨터에서 만드는 사건 번호의 앞부분이 되므로, 센터의 컴퓨터마다 서로 다른 코드를 정하세요.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="23"/>
        <source>Choose a new passphrase</source>
        <translation>새 비밀번호 정하기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="23"/>
        <source>Change my passphrase</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="28"/>
        <source>{name}, you logged in with a temporary passphrase from an administrator. Choose a passphrase only you know before you continue. Cancelling logs you out.</source>
        <translation>{name} 님은 관리자가 정한 임시 비밀번호로 로그인했습니다. 계속하려면 본인만 아는 새 비밀번호를 정하세요. 취소하면 로그아웃됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="31"/>
        <source>Current passphrase</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="32"/>
        <source>New passphrase</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="33"/>
        <source>New passphrase again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="36"/>
        <source>&amp;Temporary passphrase:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="36"/>
        <source>&amp;Current passphrase:</source>
        <translation>현재 비밀번호(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="38"/>
        <source>&amp;New passphrase:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="39"/>
        <source>New passphrase &amp;again:</source>
        <translation>새 비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="47"/>
        <source>C&amp;hange passphrase</source>
        <translation>비밀번호 변경(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="50"/>
        <source>Log &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/change_passphrase.py" line="50"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="35"/>
        <source>Export the table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="37"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="57"/>
        <source>Table: {title}</source>
        <translation>표: {title}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="63"/>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="110"/>
        <source>Show &amp;table</source>
        <translation>표로 보기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="69"/>
        <source>Copy the table (tab-separated, pastes into a spreadsheet)</source>
        <translation>표를 복사합니다 (탭으로 구분되어 스프레드시트에 붙여 넣을 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="71"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="73"/>
        <source>Save the table as a CSV file</source>
        <translation>표를 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="98"/>
        <source>Falling behind their share of Seoul&apos;s population: {groups}</source>
        <translation>서울시 인구 비율에 비해 크게 적은 집단: {groups}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="105"/>
        <source>women</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="105"/>
        <source>men</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/chart_panel.py" line="110"/>
        <source>Show &amp;chart</source>
        <translation>차트로 보기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="41"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="42"/>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="42"/>
        <source>shown instead of the name</source>
        <translation>화면에 이름 대신 표시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="44"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="45"/>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="48"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="49"/>
        <source>Interpreter language</source>
        <translation>통역 언어</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="50"/>
        <source>language, when an interpreter is needed</source>
        <translation>통역이 필요하면 언어</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="51"/>
        <source>Disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="52"/>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="53"/>
        <source>Road-name address</source>
        <translation>도로명주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="55"/>
        <source>Address details</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="56"/>
        <source>building, floor, unit</source>
        <translation>동, 층, 호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="57"/>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="59"/>
        <source>Withhold the address</source>
        <translation>주소 비공개</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="61"/>
        <source>Left out of referral letters and printouts</source>
        <translation>의뢰서와 출력물에 주소를 넣지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="62"/>
        <source>Lives with the offender</source>
        <translation>가해자와 동거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="64"/>
        <source>Guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="65"/>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="66"/>
        <source>Guardian&apos;s phone</source>
        <translation>보호자 연락처</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="67"/>
        <source>The guardian is the suspected offender</source>
        <translation>보호자가 가해 의심자임</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="79"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="80"/>
        <source>A&amp;lias:</source>
        <translation>가명(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="81"/>
        <source>Gender:</source>
        <translation>성별:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="87"/>
        <source>Date of &amp;birth:</source>
        <translation>생년월일(&amp;B):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="88"/>
        <source>Nationality:</source>
        <translation>국적:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="90"/>
        <source>Interpreter:</source>
        <translation>통역:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="92"/>
        <source>Disability:</source>
        <translation>장애:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="94"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="100"/>
        <source>Postal code:</source>
        <translation>우편번호:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="108"/>
        <source>Legal guardian (minor)</source>
        <translation>법정대리인(미성년자)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="111"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="113"/>
        <source>Relation:</source>
        <translation>관계:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="115"/>
        <source>Phone:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/client_editor.py" line="124"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="43"/>
        <source>Close the case</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="44"/>
        <source>Closing reason</source>
        <translation>종결 사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="46"/>
        <source>&amp;Reason:</source>
        <translation>종결 사유(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="49"/>
        <source>&amp;Close the case</source>
        <translation>종결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="51"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="55"/>
        <source>A closed case can be reopened when the client comes back.</source>
        <translation>종결한 사례는 내담자가 다시 찾아오면 재개할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="28"/>
        <source>Collection and use (required)</source>
        <translation>수집·이용 (필수)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="29"/>
        <source>Collection and use (optional)</source>
        <translation>수집·이용 (선택)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="30"/>
        <source>Processing of sensitive information</source>
        <translation>민감정보 처리</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="31"/>
        <source>Processing of unique identifiers</source>
        <translation>고유식별정보 처리</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="32"/>
        <source>Provision to a third party</source>
        <translation>제3자 제공</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="33"/>
        <source>Receipt of criminal-procedure information</source>
        <translation>형사절차 정보 제공</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="45"/>
        <source>Signed paper form</source>
        <translation>서면 서명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="46"/>
        <source>By phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="47"/>
        <source>Signed on screen</source>
        <translation>화면 서명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="48"/>
        <source>Legal basis instead of consent</source>
        <translation>동의 대신 법적 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="78"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="79"/>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="80"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="81"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="82"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="83"/>
        <source>Nationality and interpreter need</source>
        <translation>국적과 통역 필요 여부</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="84"/>
        <source>Disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="85"/>
        <source>Legal guardian</source>
        <translation>법정대리인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="86"/>
        <source>Type of harm</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="87"/>
        <source>Incident date and summary</source>
        <translation>사건 발생일과 개요</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="88"/>
        <source>Police report and case number</source>
        <translation>경찰 신고와 사건번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="89"/>
        <source>Risk assessment</source>
        <translation>위기도 평가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="90"/>
        <source>Support already provided</source>
        <translation>이미 받은 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="91"/>
        <source>Health information (injuries, treatment)</source>
        <translation>건강 정보(상해, 치료)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="92"/>
        <source>Details of sexual harm</source>
        <translation>성폭력 피해 내용</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="93"/>
        <source>Summary of counseling records</source>
        <translation>상담 기록 요약</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent.py" line="94"/>
        <source>Passport or alien registration number</source>
        <translation>여권번호 또는 외국인등록번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="17"/>
        <source>There is no consent to collection and use (required).</source>
        <translation>개인정보 수집·이용(필수) 동의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="18"/>
        <source>There is no consent to provide information to {agency}.</source>
        <translation>{agency}에 정보를 제공하는 데 대한 동의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="19"/>
        <source>The consent to provide information to {agency} does not cover: {items}.</source>
        <translation>{agency}에 대한 제3자 제공 동의에 다음 항목이 빠져 있습니다: {items}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="22"/>
        <source>There is no separate consent to process sensitive information ({items}).</source>
        <translation>민감정보({items}) 처리에 대한 별도 동의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="23"/>
        <source>There is no separate consent to process unique identifiers ({items}).</source>
        <translation>고유식별정보({items}) 처리에 대한 별도 동의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="24"/>
        <source>The client was under 14 when consenting: the legal guardian must consent ({kind}).</source>
        <translation>동의할 때 내담자가 만 14세 미만이었습니다. 법정대리인이 동의해야 합니다({kind}).</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="27"/>
        <source>The guardian is the suspected offender: a guardian&apos;s consent does not count; record the legal basis used instead ({kind}).</source>
        <translation>보호자가 가해 의심자이므로 보호자 동의는 인정되지 않습니다. 대신 적용한 법적 근거를 기록하세요({kind}).</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/consent_rules.py" line="32"/>
        <source>A resident registration number is never sent on consent: record the legal basis that requires it.</source>
        <translation>주민등록번호는 동의만으로 보낼 수 없습니다. 이를 요구하는 법적 근거를 기록하세요.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="65"/>
        <source>Record a consent</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="69"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="74"/>
        <source>Recipient agency</source>
        <translation>제공받는 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="75"/>
        <source>Choose the agency…</source>
        <translation>기관을 선택하십시오…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="78"/>
        <source>&amp;Agreed</source>
        <translation>동의함(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="80"/>
        <source>Re&amp;fused</source>
        <translation>동의하지 않음(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="92"/>
        <source>Purpose</source>
        <translation>이용 목적</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="93"/>
        <source>e.g. psychological support referral</source>
        <translation>예: 심리 지원 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="94"/>
        <source>Retention</source>
        <translation>보유·이용 기간</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="95"/>
        <source>Date of consent</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="98"/>
        <source>How it was given</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="102"/>
        <source>The legal &amp;guardian gave this consent</source>
        <translation>법정대리인이 동의함(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="104"/>
        <source>Guardian&apos;s name</source>
        <translation>법정대리인 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="105"/>
        <source>Relation to the client</source>
        <translation>내담자와의 관계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="106"/>
        <source>e.g. mother</source>
        <translation>예: 모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="107"/>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="109"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="110"/>
        <source>e.g. the guardian is the suspected offender</source>
        <translation>예: 보호자가 가해 의심자임</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="139"/>
        <source>&amp;Consent:</source>
        <translation>동의 종류(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="140"/>
        <source>Reci&amp;pient:</source>
        <translation>제공받는 기관(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="141"/>
        <source>Answer:</source>
        <translation>동의 여부:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="142"/>
        <source>Items:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="143"/>
        <source>P&amp;urpose:</source>
        <translation>이용 목적(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="144"/>
        <source>&amp;Retention:</source>
        <translation>보유·이용 기간(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="145"/>
        <source>&amp;Date:</source>
        <translation>동의일(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="146"/>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="149"/>
        <source>Guardian&apos;s &amp;name:</source>
        <translation>법정대리인 이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="150"/>
        <source>Re&amp;lation:</source>
        <translation>관계(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="151"/>
        <source>Legal &amp;basis:</source>
        <translation>법적 근거(&amp;B):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="152"/>
        <source>R&amp;eason:</source>
        <translation>사유(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="155"/>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="162"/>
        <source>Each consent is recorded separately, as it was given: a signed paper form, a phone call or a signature on screen. Record a refusal too.</source>
        <translation>동의는 종류마다 따로, 받은 방법(서면 서명, 전화, 화면 서명) 그대로 기록합니다. 동의하지 않은 경우에도 기록합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="210"/>
        <source>The client is under 14 on this date and their guardian is flagged as the suspected offender. The guardian cannot consent for the client: record the legal basis used instead (for example 개인정보 보호법 제15조제1항제5호) and the reason.</source>
        <translation>이 날짜에 내담자는 만 14세 미만이고, 보호자가 가해 의심자로 표시되어 있습니다. 보호자는 내담자를 대신해 동의할 수 없으므로, 동의 대신 적용한 법적 근거(예: 개인정보 보호법 제15조제1항제5호)와 그 사유를 기록합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consent_dialog.py" line="214"/>
        <source>The client is under 14 on this date: the legal guardian must give this consent. Record the guardian&apos;s name and relation.</source>
        <translation>이 날짜에 내담자는 만 14세 미만이므로 법정대리인이 동의해야 합니다. 법정대리인의 이름과 관계를 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="30"/>
        <source>Consent</source>
        <translation>동의 종류</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="30"/>
        <source>Recipient</source>
        <translation>제공받는 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="30"/>
        <source>Answer</source>
        <translation>동의 여부</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="30"/>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="30"/>
        <source>Date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="31"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="31"/>
        <source>Given by</source>
        <translation>동의한 사람</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="31"/>
        <source>Withdrawn</source>
        <translation>철회일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="31"/>
        <source>Signed copy</source>
        <translation>서명본</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="36"/>
        <source>(unknown agency)</source>
        <translation>(알 수 없는 기관)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="40"/>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="41"/>
        <source>Agreed</source>
        <translation>동의함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="41"/>
        <source>Refused</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="47"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="50"/>
        <source>Legal guardian: {name}</source>
        <translation>법정대리인: {name}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="55"/>
        <source>Attached</source>
        <translation>첨부됨</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="60"/>
        <source>Legal basis: {basis}</source>
        <translation>법적 근거: {basis}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="62"/>
        <source>Reason: {reason}</source>
        <translation>사유: {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/consent_table_model.py" line="64"/>
        <source>Withdrawn on {date}: {note}</source>
        <translation>{date} 철회: {note}</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="40"/>
        <source>Attach the scanned signed form</source>
        <translation>서명한 동의서 스캔본 첨부</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="41"/>
        <source>Scans (PDF or image) ({patterns})</source>
        <translation>스캔 파일(PDF 또는 이미지) ({patterns})</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="60"/>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="67"/>
        <source>&amp;Record a consent…</source>
        <translation>동의 기록(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="69"/>
        <source>&amp;Withdraw…</source>
        <translation>철회(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="71"/>
        <source>The scan is stored encrypted inside the OneStop database, not as a separate file.</source>
        <translation>스캔본은 별도 파일이 아니라 암호화된 OneStop 데이터베이스 안에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="70"/>
        <source>Attach the si&amp;gned form…</source>
        <translation>서명본 첨부(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="74"/>
        <source>Consent form for this c&amp;lient…</source>
        <translation>이 내담자용 동의서(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="76"/>
        <source>&amp;Blank consent form…</source>
        <translation>빈 동의서(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="90"/>
        <source>Each consent is separate (collection, sensitive information, unique identifiers, each recipient agency). A referral can carry only what these consents allow; from the date a consent is withdrawn, referrals that need it are refused. Withdrawn consents and refusals are grey.</source>
        <translation>동의는 수집·이용, 민감정보, 고유식별정보, 제공받는 기관마다 따로 받습니다. 연계에는 이 동의가 허용하는 항목만 담을 수 있고, 동의를 철회하면 철회일부터 그 동의가 필요한 연계는 보낼 수 없습니다. 철회했거나 동의하지 않은 항목은 회색으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="133"/>
        <source>Choose a consent to see its purpose, retention and how it was given.</source>
        <translation>동의를 선택하면 이용 목적, 보유 기간, 동의 방법을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="135"/>
        <source>Purpose: {purpose} · Retention: {retention}</source>
        <translation>이용 목적: {purpose} · 보유·이용 기간: {retention}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="138"/>
        <source>Legal basis: {basis} · Reason: {reason}</source>
        <translation>법적 근거: {basis} · 사유: {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="141"/>
        <source>Withdrawn on {date}: {note}</source>
        <translation>{date} 철회: {note}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="143"/>
        <source>Form version {version}</source>
        <translation>동의서 판 {version}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="159"/>
        <source>The consent is recorded.</source>
        <translation>동의를 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="170"/>
        <source>The consent is withdrawn. Referrals that need it can no longer be sent.</source>
        <translation>동의 철회를 기록했습니다. 이 동의가 필요한 연계는 더 이상 보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="184"/>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/consents_page.py" line="194"/>
        <source>The signed form is attached. It is stored encrypted inside the OneStop database; the file {name} is still where it was — delete it there if it is no longer needed.</source>
        <translation>서명본을 첨부했습니다. 서명본은 암호화된 OneStop 데이터베이스 안에 보관됩니다. 원래 파일 {name}은(는) 그 자리에 그대로 있으니, 필요 없으면 직접 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="107"/>
        <source>main</source>
        <translation>대표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="109"/>
        <source>NO TEXT MESSAGES</source>
        <translation>문자 금지</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="111"/>
        <source>call {hours}</source>
        <translation>연락 가능 {hours}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="126"/>
        <source>Phone numbers</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="129"/>
        <source>Add number…</source>
        <translation>번호 추가…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="132"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="158"/>
        <source>No phone number</source>
        <translation>전화번호 없음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="179"/>
        <source>Remove phone number</source>
        <translation>전화번호 삭제</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="180"/>
        <source>Remove {number} from the client&apos;s numbers? The change stays in the history.</source>
        <translation>내담자의 전화번호에서 {number}을(를) 삭제할까요? 변경 내용은 이력에 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="184"/>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="185"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="17"/>
        <source>New cases per month by crime type</source>
        <translation>월별 신규 사건 (피해 유형별)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="19"/>
        <source>Services given per domain</source>
        <translation>분야별 지원 서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="20"/>
        <source>Referral outcomes per agency (sent in the period)</source>
        <translation>기관별 연계 결과 (기간 중 발송)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="22"/>
        <source>Average days from sent to received and to completed</source>
        <translation>발송에서 접수·완료까지 평균 일수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="24"/>
        <source>Overdue follow-ups (now)</source>
        <translation>기한 지난 후속 조치 (현재)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="25"/>
        <source>Intake against Seoul&apos;s population by age and gender (%)</source>
        <translation>연령·성별 접수 비율과 서울시 인구 비율 (%)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="27"/>
        <source>Feedback: average score (1–5) per month</source>
        <translation>만족도: 월별 평균 점수 (1~5)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="34"/>
        <source>count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="35"/>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="36"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="37"/>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="44"/>
        <source>Open cases</source>
        <translation>진행 사건</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="18"/>
        <source>Open caseload per counselor (now)</source>
        <translation>상담원별 진행 중인 사건 (현재)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="45"/>
        <source>By the center</source>
        <translation>센터 직접</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="46"/>
        <source>Through an agency</source>
        <translation>기관 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="47"/>
        <source>Days to received</source>
        <translation>접수까지 일수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="48"/>
        <source>Days to completed</source>
        <translation>완료까지 일수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="49"/>
        <source>Women: intake</source>
        <translation>여성: 접수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="50"/>
        <source>Women: Seoul</source>
        <translation>여성: 서울시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="51"/>
        <source>Men: intake</source>
        <translation>남성: 접수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="52"/>
        <source>Men: Seoul</source>
        <translation>남성: 서울시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="59"/>
        <source>1–7 days late</source>
        <translation>1~7일 지남</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="60"/>
        <source>8–30 days late</source>
        <translation>8~30일 지남</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="61"/>
        <source>over 30 days late</source>
        <translation>30일 넘게 지남</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="69"/>
        <source>{month}</source>
        <translation>{month}월</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="82"/>
        <source>Several types</source>
        <translation>복합 피해</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="95"/>
        <source>(nobody assigned)</source>
        <translation>(담당자 없음)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="97"/>
        <source>Support received (case)</source>
        <translation>사례 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="103"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="104"/>
        <source>Staff member</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="105"/>
        <source>Service domain</source>
        <translation>지원 분야</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="106"/>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="107"/>
        <source>Age</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/labels.py" line="108"/>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="39"/>
        <source>Dashboard (현황)</source>
        <translation>현황</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="46"/>
        <source>Dashboard status</source>
        <translation>현황 상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="47"/>
        <source>Period &amp;report…</source>
        <translation>실적 보고(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="52"/>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="80"/>
        <source>The end of the period is before its start.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="86"/>
        <source>Computing…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="98"/>
        <source>Center-wide</source>
        <translation>센터 전체</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/window.py" line="98"/>
        <source>Your own caseload</source>
        <translation>내 담당 사건만</translation>
    </message>
</context>
<context>
    <name>DemoHint</name>
    <message>
        <location filename="../src/onestop_desktop/ui/demo_hint.py" line="22"/>
        <source>This is a demo with fictional data. Log in with:</source>
        <translation>가상 자료로 만든 데모입니다. 다음으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/demo_hint.py" line="23"/>
        <source>User name: {username}</source>
        <translation>사용자 이름: {username}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/demo_hint.py" line="24"/>
        <source>Passphrase: {passphrase}</source>
        <translation>비밀번호: {passphrase}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/demo_hint.py" line="28"/>
        <source>Other demo accounts, same passphrase: {accounts}.</source>
        <translation>다른 데모 계정(비밀번호 같음): {accounts}</translation>
    </message>
</context>
<context>
    <name>DemoSplash</name>
    <message>
        <location filename="../src/onestop_desktop/ui/demo_splash.py" line="19"/>
        <source>Preparing demo data…</source>
        <translation>데모 데이터를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/demo_splash.py" line="21"/>
        <source>A fictional center with made-up clients, in a temporary folder that is removed when OneStop exits.</source>
        <translation>가상의 내담자로 채운 가상 센터입니다. 임시 폴더에 만들며 OneStop을 끝내면 지웁니다.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="62"/>
        <source>No OneStop data in {folder}. Run the first-run setup (or `onestop-admin init`) first.</source>
        <translation>{folder}에 OneStop 자료가 없습니다. 먼저 처음 설정(또는 `onestop-admin init`)을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="65"/>
        <source>{folder} already holds OneStop data; setup was not run again.</source>
        <translation>{folder}에 이미 OneStop 자료가 있어 설정을 다시 실행하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="68"/>
        <source>There is no user named &apos;{username}&apos;.</source>
        <translation>&apos;{username}&apos; 사용자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="69"/>
        <source>The passphrase is wrong.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="70"/>
        <source>The user name or the passphrase is wrong. Failed attempts in a row: {failures} of {limit}.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다. 연속 실패 {failures}회(최대 {limit}회).</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="73"/>
        <source>The recovery key is wrong.</source>
        <translation>복구 키가 틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="74"/>
        <source>This account is locked after too many failed attempts. Try again in {minutes} minutes or ask an administrator.</source>
        <translation>로그인에 여러 번 실패해 계정이 잠겼습니다. {minutes}분 후에 다시 시도하거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="79"/>
        <source>Please wait {seconds} seconds before trying again.</source>
        <translation>{seconds}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="80"/>
        <source>The account &apos;{username}&apos; is deactivated. Ask an administrator.</source>
        <translation>&apos;{username}&apos; 계정은 비활성화되어 있습니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="83"/>
        <source>Your role ({role}) does not allow this: {action}.</source>
        <translation>현재 역할({role})로는 이 작업을 할 수 없습니다: {action}.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="84"/>
        <source>The passphrase is too weak: {reason}</source>
        <translation>비밀번호가 너무 약합니다. {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="85"/>
        <source>The two passphrases are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="86"/>
        <source>A user name has 3 to 32 characters: lower-case Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>사용자 이름은 영문 소문자로 시작하고, 영문 소문자·숫자·&apos;.&apos;·&apos;-&apos;·&apos;_&apos;로 된 3~32자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="91"/>
        <source>The user name &apos;{username}&apos; is already in use.</source>
        <translation>&apos;{username}&apos;은(는) 이미 사용 중인 사용자 이름입니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="92"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="93"/>
        <source>At least one active administrator must remain; this change was not made.</source>
        <translation>활성 관리자가 한 명 이상 있어야 하므로 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="96"/>
        <source>You cannot deactivate your own account or change your own role.</source>
        <translation>자신의 계정을 비활성화하거나 자신의 역할을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="99"/>
        <source>This data was written by a newer version of OneStop (schema {found}, this version knows {known}). Update OneStop on this device; the data was not changed.</source>
        <translation>이 자료는 더 새로운 OneStop 버전에서 만들어졌습니다(스키마 {found}, 이 버전은 {known}까지 지원). 이 컴퓨터의 OneStop을 업데이트하세요. 자료는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="104"/>
        <source>The database file is missing from {folder}. Restore it from a backup.</source>
        <translation>{folder}에 데이터베이스 파일이 없습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="107"/>
        <source>The database file is damaged ({detail}). Restore it from a backup.</source>
        <translation>데이터베이스 파일이 손상되었습니다({detail}). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="110"/>
        <source>The database file does not belong to this installation&apos;s keys ({detail}).</source>
        <translation>데이터베이스 파일이 이 설치본의 키와 맞지 않습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="113"/>
        <source>The key file in {folder} is damaged or unreadable. Restore it from a backup.</source>
        <translation>{folder}의 키 파일이 손상되었거나 읽을 수 없습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="116"/>
        <source>The disk is full; nothing was written to {path}. Free some space and try again.</source>
        <translation>디스크 공간이 부족해 {path}에 아무것도 쓰지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="119"/>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation>{path}에 쓸 권한이 없습니다. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="122"/>
        <source>The file {path} does not exist.</source>
        <translation>{path} 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="123"/>
        <source>The backup file {path} is damaged or not a OneStop backup ({detail}); nothing was restored.</source>
        <translation>백업 파일 {path}이(가) 손상되었거나 OneStop 백업이 아닙니다({detail}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="126"/>
        <source>Only an active administrator in the backup may restore it; nothing was restored.</source>
        <translation>백업 당시 활성 관리자만 복원할 수 있습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="129"/>
        <source>The backup was made by a newer version of OneStop (schema {found}); nothing was restored.</source>
        <translation>더 새로운 OneStop 버전에서 만든 백업입니다(스키마 {found}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="132"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="133"/>
        <source>&apos;{value}&apos; is not a period: write 2026, 2026-Q3, 2026-07 or 2026-03-01..2026-04-15.</source>
        <translation>&apos;{value}&apos;은(는) 기간이 아닙니다. 2026, 2026-Q3, 2026-07 또는 2026-03-01..2026-04-15 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="136"/>
        <source>The session is locked.</source>
        <translation>세션이 잠겨 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="137"/>
        <source>Could not read or write {path}: {detail}</source>
        <translation>{path}을(를) 읽거나 쓰지 못했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="138"/>
        <source>Some fields need correcting ({count}); nothing was saved and nothing you typed was lost.</source>
        <translation>고쳐야 할 항목이 {count}개 있습니다. 저장하지 않았으며, 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="141"/>
        <source>{path} is not a CSV file (UTF-8 or CP949) or an .xlsx workbook that can be read.</source>
        <translation>{path}은(는) 읽을 수 있는 CSV 파일(UTF-8 또는 CP949)이나 .xlsx 통합 문서가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="144"/>
        <source>{file}: {count} problems found; nothing was imported. Correct the rows listed and import again.</source>
        <translation>{file}: 문제 {count}건을 찾아 아무것도 가져오지 않았습니다. 표시된 행을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="147"/>
        <source>The file has {rows} rows; import at most {limit} at a time.</source>
        <translation>파일에 {rows}행이 있습니다. 한 번에 최대 {limit}행까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="150"/>
        <source>The referral cannot be sent: {count} consent problems (listed below). Nothing was sent.</source>
        <translation>연계 의뢰서를 보낼 수 없습니다. 동의 문제가 {count}건 있습니다(아래 목록). 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="153"/>
        <source>The Korean font {font} is missing from this installation; documents cannot be made. Reinstall OneStop.</source>
        <translation>이 설치본에 한글 글꼴 {font}이(가) 없어 문서를 만들 수 없습니다. OneStop을 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="157"/>
        <source>No referral is ready to send: drafts whose consents are complete are printed in the batch.</source>
        <translation>보낼 준비가 된 연계 의뢰서가 없습니다. 동의가 모두 갖춰진 작성 중 의뢰서만 일괄 출력합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="160"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>기록을 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="161"/>
        <source>Someone else changed this record after you opened it. Your edits were kept on screen; reload to see their change, then save again.</source>
        <translation>이 기록을 연 뒤 다른 사람이 내용을 바꿨습니다. 입력한 내용은 화면에 그대로 있습니다. 새로 불러와 변경 내용을 확인한 뒤 다시 저장하세요.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="21"/>
        <location filename="../src/onestop_desktop/ui/errors.py" line="22"/>
        <source>Center name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="23"/>
        <source>Device name</source>
        <translation>컴퓨터 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="24"/>
        <source>Device code</source>
        <translation>기기 코드</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="25"/>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="26"/>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="27"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="28"/>
        <source>Lock after idle minutes</source>
        <translation>자동 잠금 시간(분)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="31"/>
        <source>enter 1 to 100 characters.</source>
        <translation>1~100자로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="32"/>
        <source>use 2 to 8 capital letters A-Z or digits.</source>
        <translation>영문 대문자(A~Z) 또는 숫자 2~8자로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/errors.py" line="33"/>
        <source>the new passphrase is the same as the current one.</source>
        <translation>새 비밀번호가 현재 비밀번호와 같습니다.</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/figure_table_model.py" line="59"/>
        <source>Total</source>
        <translation>계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/figure_table_model.py" line="87"/>
        <source>{value}, well below its share of the population</source>
        <translation>{value}, 인구 비율보다 크게 적음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/figure_table_model.py" line="94"/>
        <source>Well below this group&apos;s share of Seoul&apos;s population</source>
        <translation>이 집단의 서울시 인구 비율보다 크게 적습니다</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="28"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="34"/>
        <source>Show cases with status {status}</source>
        <translation>상태가 {status}인 사례 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="40"/>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="40"/>
        <source>All crime types</source>
        <translation>모든 피해 유형</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="43"/>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="43"/>
        <source>All counselors</source>
        <translation>모든 상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="46"/>
        <source>Minimum risk</source>
        <translation>최소 위기도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="46"/>
        <source>Any risk</source>
        <translation>모든 위기도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="48"/>
        <source>{level} or higher</source>
        <translation>{level} 이상</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="52"/>
        <source>My cases</source>
        <translation>내 사례</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="54"/>
        <source>Cases I lead or am on the team of</source>
        <translation>내가 담당하거나 팀원인 사례</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="57"/>
        <source>Overdue follow-ups</source>
        <translation>기한 지난 할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/filter_bar.py" line="62"/>
        <source>Clear filters</source>
        <translation>필터 초기화</translation>
    </message>
</context>
<context>
    <name>FollowupAdder</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="28"/>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="29"/>
        <source>e.g. call about the court date</source>
        <translation>예: 재판 기일 안내 전화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="30"/>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="31"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="32"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="37"/>
        <source>&amp;New task:</source>
        <translation>새 할 일(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="39"/>
        <source>Due:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="41"/>
        <source>Assignee:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="51"/>
        <source>New follow-up</source>
        <translation>새 할 일</translation>
    </message>
</context>
<context>
    <name>FollowupTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="46"/>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="47"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="46"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="46"/>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="47"/>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="46"/>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="47"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="47"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/followup_table_model.py" line="65"/>
        <source>Overdue by {days} days</source>
        <translation>기한이 {days}일 지났습니다</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/followups_page.py" line="81"/>
        <source>Follow-ups</source>
        <translation>할 일</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="72"/>
        <source>Case files of the crime-victim one-stop support center</source>
        <translation>범죄피해자 원스톱 솔루션 센터 사례 관리</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="79"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="81"/>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="83"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="90"/>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="154"/>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="93"/>
        <source>Log in as an&amp;other user</source>
        <translation>다른 사용자로 로그인(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="110"/>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="167"/>
        <source>← &amp;Back to the locked screen of {name}</source>
        <translation>← {name} 님의 잠긴 화면으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="177"/>
        <source>The screen is locked</source>
        <translation>화면이 잠겨 있습니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="178"/>
        <source>{name} ({role}) is using this screen. Enter the passphrase to continue.</source>
        <translation>{name}({role}) 님이 사용 중인 화면입니다. 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="203"/>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="203"/>
        <source>&amp;Log in</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="212"/>
        <source>Enter your user name.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/gate_page.py" line="241"/>
        <source>Try again in {seconds} s</source>
        <translation>{seconds}초 후 다시 시도</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="23"/>
        <source>Plan goals</source>
        <translation>지원 계획 목표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="24"/>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="62"/>
        <source>New goal</source>
        <translation>새 목표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="27"/>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="28"/>
        <source>No particular domain</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="29"/>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="62"/>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="30"/>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="31"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="33"/>
        <source>Domain:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="34"/>
        <source>&amp;Goal:</source>
        <translation>목표(&amp;G):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="35"/>
        <source>Target date:</source>
        <translation>목표일:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="37"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/goal_editor.py" line="43"/>
        <source>Plan goal</source>
        <translation>지원 계획 목표</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/goal_table_model.py" line="15"/>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/goal_table_model.py" line="15"/>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/goal_table_model.py" line="15"/>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/goal_table_model.py" line="15"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="18"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="19"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="20"/>
        <source>Resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="21"/>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="22"/>
        <source>Crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="23"/>
        <source>Team</source>
        <translation>담당 팀</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="24"/>
        <source>Need</source>
        <translation>욕구</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="25"/>
        <source>Plan goal</source>
        <translation>지원 계획 목표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="26"/>
        <source>Counseling session</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="27"/>
        <source>Service</source>
        <translation>지원 내역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="28"/>
        <source>Follow-up</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="29"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="30"/>
        <source>Referral</source>
        <translation>연계 의뢰</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="34"/>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="35"/>
        <source>changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="36"/>
        <source>removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="41"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="42"/>
        <source>alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="43"/>
        <source>gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="44"/>
        <source>date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="45"/>
        <source>nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="46"/>
        <source>interpreter</source>
        <translation>통역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="47"/>
        <source>disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="48"/>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="49"/>
        <source>address details</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="50"/>
        <source>postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="51"/>
        <source>address withheld</source>
        <translation>주소 비공개</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="52"/>
        <source>lives with the offender</source>
        <translation>가해자와 동거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="53"/>
        <source>guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="54"/>
        <source>guardian&apos;s relation</source>
        <translation>보호자 관계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="55"/>
        <source>guardian&apos;s phone</source>
        <translation>보호자 연락처</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="56"/>
        <source>guardian suspected</source>
        <translation>보호자 가해 의심</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="58"/>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="64"/>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="125"/>
        <source>number</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="59"/>
        <source>label</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="60"/>
        <source>text messages</source>
        <translation>문자 수신</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="61"/>
        <source>hours to call</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="62"/>
        <source>contact instructions</source>
        <translation>연락 시 주의 사항</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="63"/>
        <source>main number</source>
        <translation>대표 번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="65"/>
        <source>legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="66"/>
        <source>valid from</source>
        <translation>적용일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="67"/>
        <source>replaced on</source>
        <translation>변경일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="69"/>
        <source>case number</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="70"/>
        <source>intake date</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="71"/>
        <source>intake channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="72"/>
        <source>referring agency</source>
        <translation>의뢰 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="73"/>
        <source>incident date</source>
        <translation>사건 발생일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="74"/>
        <source>incident summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="75"/>
        <source>police report</source>
        <translation>경찰 신고</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="76"/>
        <source>police station</source>
        <translation>경찰서</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="77"/>
        <source>police case number</source>
        <translation>경찰 사건번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="78"/>
        <source>relationship to the offender</source>
        <translation>가해자와의 관계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="79"/>
        <source>risk</source>
        <translation>위기도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="80"/>
        <source>risk assessed on</source>
        <translation>위기도 평가일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="81"/>
        <source>risk assessed by</source>
        <translation>위기도 평가자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="82"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="83"/>
        <source>closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="84"/>
        <source>closing reason</source>
        <translation>종결 사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="85"/>
        <source>lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="86"/>
        <source>crime type</source>
        <translation>피해 유형</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="87"/>
        <source>member</source>
        <translation>팀원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="89"/>
        <source>domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="90"/>
        <source>level</source>
        <translation>수준</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="91"/>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="92"/>
        <source>goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="93"/>
        <source>target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="94"/>
        <source>date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="95"/>
        <source>mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="96"/>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="97"/>
        <source>duration</source>
        <translation>상담 시간</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="98"/>
        <source>counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="99"/>
        <source>next steps</source>
        <translation>다음 계획</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="100"/>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="101"/>
        <source>provider</source>
        <translation>제공 주체</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="102"/>
        <source>provider&apos;s name</source>
        <translation>제공 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="103"/>
        <source>date provided</source>
        <translation>제공일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="104"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="105"/>
        <source>task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="106"/>
        <source>due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="107"/>
        <source>assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="108"/>
        <source>done on</source>
        <translation>완료일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="110"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="111"/>
        <source>agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="112"/>
        <source>agreed</source>
        <translation>동의 여부</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="113"/>
        <source>items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="114"/>
        <source>purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="115"/>
        <source>retention</source>
        <translation>보유 기간</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="116"/>
        <source>given on</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="117"/>
        <source>method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="118"/>
        <source>taken by</source>
        <translation>받은 사람</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="119"/>
        <source>form version</source>
        <translation>서식 버전</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="120"/>
        <source>given by the guardian</source>
        <translation>보호자 동의</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="121"/>
        <source>reason for the legal basis</source>
        <translation>법적 근거 적용 사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="122"/>
        <source>withdrawn on</source>
        <translation>철회일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="123"/>
        <source>withdrawal note</source>
        <translation>철회 메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="124"/>
        <source>attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="126"/>
        <source>direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="127"/>
        <source>requested services</source>
        <translation>요청 서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="128"/>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="129"/>
        <source>urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="130"/>
        <source>reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="131"/>
        <source>contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="132"/>
        <source>registration number included</source>
        <translation>주민등록번호 포함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="133"/>
        <source>legal basis for the registration number</source>
        <translation>주민등록번호 처리 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="134"/>
        <source>created on</source>
        <translation>작성일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="135"/>
        <source>created by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_labels.py" line="173"/>
        <source>{what} {operation}</source>
        <translation>{what} {operation}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_page.py" line="27"/>
        <source>Case history</source>
        <translation>사례 이력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_page.py" line="31"/>
        <source>Newest first. Times are local. Values are not shown here, only which fields changed.</source>
        <translation>최근 순이며 시각은 이 컴퓨터 기준입니다. 바뀐 항목만 보이고 값은 보이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/history_page.py" line="34"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/history_table_model.py" line="23"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/history_table_model.py" line="23"/>
        <source>Who</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/history_table_model.py" line="23"/>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="49"/>
        <source>New intake</source>
        <translation>신규 접수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="52"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="53"/>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="53"/>
        <source>shown instead of the name</source>
        <translation>화면에 이름 대신 표시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="55"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="57"/>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="61"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="63"/>
        <source>No text messages</source>
        <translation>문자 금지</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="65"/>
        <source>Hours to call</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="66"/>
        <source>e.g. weekdays 10:00~17:00</source>
        <translation>예: 평일 10:00~17:00</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="67"/>
        <source>Intake channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="69"/>
        <source>Referring agency</source>
        <translation>의뢰 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="71"/>
        <source>Incident date</source>
        <translation>사건 발생일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="72"/>
        <source>Risk</source>
        <translation>위기도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="73"/>
        <source>Not assessed</source>
        <translation>미평가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="74"/>
        <source>Lead counselor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="76"/>
        <source>Summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="77"/>
        <source>What happened, in a few words</source>
        <translation>무슨 일이 있었는지 짧게</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="85"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="88"/>
        <source>A&amp;lias:</source>
        <translation>가명(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="89"/>
        <source>&amp;Gender:</source>
        <translation>성별(&amp;G):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="95"/>
        <source>&amp;Date of birth:</source>
        <translation>생년월일(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="102"/>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="103"/>
        <source>Hours to &amp;call:</source>
        <translation>연락 가능 시간(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="105"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="107"/>
        <source>C&amp;hannel:</source>
        <translation>접수 경로(&amp;H):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="108"/>
        <source>Referred &amp;by:</source>
        <translation>의뢰 기관(&amp;B):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="110"/>
        <source>Crime types:</source>
        <translation>피해 유형:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="111"/>
        <source>&amp;Incident date:</source>
        <translation>사건 발생일(&amp;I):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="113"/>
        <source>&amp;Risk:</source>
        <translation>위기도(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="114"/>
        <source>Lead c&amp;ounselor:</source>
        <translation>담당 상담원(&amp;O):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="116"/>
        <source>&amp;Summary:</source>
        <translation>사건 개요(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="124"/>
        <source>&amp;Register</source>
        <translation>접수(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/intake_dialog.py" line="192"/>
        <source>The new intake has not been registered. Register it now?</source>
        <translation>신규 접수가 아직 등록되지 않았습니다. 지금 등록할까요?</translation>
    </message>
</context>
<context>
    <name>ItemChecklist</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/item_checklist.py" line="25"/>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/item_checklist.py" line="43"/>
        <source>[sensitive]</source>
        <translation>[민감정보]</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/item_checklist.py" line="45"/>
        <source>[unique identifier]</source>
        <translation>[고유식별정보]</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/item_checklist.py" line="51"/>
        <source>no consent</source>
        <translation>동의 없음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/item_checklist.py" line="53"/>
        <source>The client has not consented to give this item to this agency.</source>
        <translation>내담자가 이 항목을 이 기관에 제공하는 데 동의하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Licenses</name>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="53"/>
        <source>OneStop uses the Qt libraries and Qt for Python under the GNU Lesser General Public License version 3. They are used as separate, dynamically loaded libraries: you may replace them in this installation with a compatible version you built or modified yourself. In the installed program folder they are the files in _internal/PySide6/Qt/lib (Qt) and _internal/PySide6 (Qt for Python); on Windows both are in _internal/PySide6. Replace them with builds of the same Qt version. The source code of Qt and Qt for Python is available from the Qt Project at https://download.qt.io. The licence text follows; the GNU GPL it refers to is in _internal/resources/licenses/GPL-3.0.txt.</source>
        <translation>OneStop은 Qt 라이브러리와 Qt for Python을 GNU 약소 일반 공중 사용 허가서(LGPL) 버전 3에 따라 사용합니다. 이 라이브러리들은 별도의 동적 라이브러리로 불러와 쓰므로, 이 설치본의 Qt 라이브러리를 직접 빌드하거나 수정한 호환 버전으로 바꿔 쓸 수 있습니다. 설치된 프로그램 폴더의 _internal/PySide6/Qt/lib(Qt)와 _internal/PySide6(Qt for Python)에 있는 파일들이며, Windows에서는 둘 다 _internal/PySide6에 있습니다. 같은 Qt 버전으로 빌드한 파일로 바꾸세요. Qt와 Qt for Python의 소스 코드는 Qt Project(https://download.qt.io)에서 받을 수 있습니다. 아래에 사용 허가서 전문이 있으며, 여기서 말하는 GNU GPL은 _internal/resources/licenses/GPL-3.0.txt에 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="66"/>
        <source>The Korean font NanumGothic by NAVER Corporation is bundled so that Hangul displays on every computer. It is licensed under the SIL Open Font License 1.1; the full text follows.</source>
        <translation>어느 컴퓨터에서나 한글이 제대로 보이도록 네이버(NAVER Corporation)의 나눔고딕 글꼴을 함께 제공합니다. 이 글꼴은 SIL 오픈 폰트 라이선스 1.1을 따르며, 아래에 전문이 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="73"/>
        <source>Encrypts the database. Copyright Zetetic LLC; BSD-style licence.</source>
        <translation>데이터베이스를 암호화합니다. 저작권 Zetetic LLC, BSD 방식 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="78"/>
        <source>Derives keys from passphrases with Argon2id. MIT licence.</source>
        <translation>Argon2id로 비밀번호에서 키를 만듭니다. MIT 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="82"/>
        <source>Encryption and signatures (AES-GCM, X25519, Ed25519). Apache 2.0 or BSD licence, at your choice.</source>
        <translation>암호화와 전자 서명(AES-GCM, X25519, Ed25519)을 담당합니다. Apache 2.0 또는 BSD 라이선스 중 선택.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="87"/>
        <source>Creates PDF documents. Copyright ReportLab Inc.; BSD licence.</source>
        <translation>PDF 문서를 만듭니다. 저작권 ReportLab Inc., BSD 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="91"/>
        <source>Finds the usual data folder of each operating system. MIT licence.</source>
        <translation>운영 체제별 기본 데이터 폴더를 찾습니다. MIT 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="95"/>
        <source>Reads .xlsx workbooks for the import. MIT licence.</source>
        <translation>가져오기에서 .xlsx 통합 문서를 읽습니다. MIT 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="99"/>
        <source>XML support used by openpyxl. MIT licence.</source>
        <translation>openpyxl이 쓰는 XML 처리 기능입니다. MIT 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="103"/>
        <source>Image support used by ReportLab. MIT-CMU licence.</source>
        <translation>ReportLab이 쓰는 이미지 처리 기능입니다. MIT-CMU 라이선스.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/licenses.py" line="107"/>
        <source>The installed program carries the Python interpreter and its standard library. Python Software Foundation License.</source>
        <translation>설치된 프로그램에는 Python 인터프리터와 표준 라이브러리가 들어 있습니다. Python Software Foundation 라이선스.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="15"/>
        <source>Make a &amp;backup…</source>
        <translation>백업 만들기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="16"/>
        <source>Change my &amp;passphrase…</source>
        <translation>내 비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="17"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="19"/>
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="20"/>
        <source>Log &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="21"/>
        <source>E&amp;xit</source>
        <translation>종료(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="22"/>
        <source>&amp;User accounts…</source>
        <translation>사용자 관리(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="23"/>
        <source>&amp;Audit trail…</source>
        <translation>감사 기록 보기·검증(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="24"/>
        <source>&amp;Check the data</source>
        <translation>데이터 점검(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_actions.py" line="25"/>
        <source>&amp;About OneStop</source>
        <translation>OneStop 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Cases</source>
        <translation>사례(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="104"/>
        <source>&amp;Reports</source>
        <translation>현황·보고(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Administration</source>
        <translation>관리(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="119"/>
        <source>DEMO — fictional data</source>
        <translation>데모 — 가상 자료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="155"/>
        <source>{title} (portable mode)</source>
        <translation>{title} (휴대용 모드)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="156"/>
        <source>[DEMO] {title}</source>
        <translation>[데모] {title}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="168"/>
        <source>Not logged in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="172"/>
        <source>Locked: {name}</source>
        <translation>잠김: {name}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="177"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="208"/>
        <source>You were logged out because the passphrase was not changed.</source>
        <translation>비밀번호를 바꾸지 않아 로그아웃되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="266"/>
        <source>Save them before logging out?</source>
        <translation>로그아웃하기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="279"/>
        <source>{name} logged out.</source>
        <translation>{name} 님이 로그아웃했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="304"/>
        <source>Your passphrase was changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="321"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="322"/>
        <source>OneStop will be shown in {language} the next time it starts.</source>
        <translation>다음에 OneStop을 시작할 때부터 {language}로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="333"/>
        <source>Save them before exiting?</source>
        <translation>끝내기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="364"/>
        <source>Exit OneStop</source>
        <translation>OneStop 종료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="365"/>
        <source>The locked screens of {names} are still open. Exiting logs them out and discards their unsaved input. Exit anyway?</source>
        <translation>{names} 님의 잠긴 화면이 아직 열려 있습니다. 종료하면 로그아웃되고 저장하지 않은 입력 내용이 사라집니다. 그래도 종료할까요?</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="369"/>
        <source>E&amp;xit</source>
        <translation>종료(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/main_window.py" line="370"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="36"/>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="37"/>
        <source>Need</source>
        <translation>욕구 수준</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="38"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="43"/>
        <source>Need for {domain}</source>
        <translation>{domain} 욕구 수준</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="45"/>
        <source>Note on {domain}</source>
        <translation>{domain} 메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="59"/>
        <source>Needs</source>
        <translation>욕구 평가</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="92"/>
        <source>Needs assessment</source>
        <translation>욕구 평가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/needs_page.py" line="95"/>
        <source>Service plan</source>
        <translation>지원 계획</translation>
    </message>
</context>
<context>
    <name>NoteHitModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/note_hit_model.py" line="12"/>
        <source>Case no.</source>
        <translation>사례번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/note_hit_model.py" line="12"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/note_hit_model.py" line="12"/>
        <source>Session</source>
        <translation>상담 일시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/note_hit_model.py" line="12"/>
        <source>Where it was found</source>
        <translation>찾은 내용</translation>
    </message>
</context>
<context>
    <name>NoteSearchView</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/note_search.py" line="35"/>
        <source>Sessions whose notes contain the search</source>
        <translation>찾는 말이 들어 있는 상담 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/note_search.py" line="51"/>
        <source>Type at least two characters of a note and press Enter. Results are newest first; each search is recorded in the audit trail.</source>
        <translation>상담 내용에서 찾을 말을 두 글자 이상 입력하고 Enter를 누르세요. 결과는 최근 기록 순이며, 검색할 때마다 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/note_search.py" line="63"/>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/note_search.py" line="81"/>
        <source>No session note contains “{text}”.</source>
        <translation>“{text}”이(가) 들어 있는 상담 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/note_search.py" line="83"/>
        <source>The newest {count} sessions containing “{text}”. Add words to narrow the search.</source>
        <translation>“{text}”이(가) 들어 있는 최근 상담 기록 {count}건입니다. 말을 더 넣으면 좁혀집니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/note_search.py" line="86"/>
        <source>{count} sessions contain “{text}”, newest first.</source>
        <translation>“{text}”이(가) 들어 있는 상담 기록 {count}건 (최근 순)</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="73"/>
        <source>Purpose of the output</source>
        <translation>출력 사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="75"/>
        <source>Sending to the agency</source>
        <translation>기관 발송</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="76"/>
        <source>For the client to sign</source>
        <translation>내담자 서명용</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="80"/>
        <source>Required: why is this printed or saved?</source>
        <translation>필수: 왜 출력하거나 저장합니까?</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="87"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="93"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="97"/>
        <source>Printing from OneStop needs the QtPdf component, which this installation does not include. Save the PDF and print it from a PDF viewer; the purpose is recorded when you save.</source>
        <translation>OneStop에서 바로 인쇄하려면 QtPdf 구성요소가 필요한데, 이 설치본에는 들어 있지 않습니다. PDF로 저장한 뒤 PDF 뷰어에서 인쇄하십시오. 출력 사유는 저장할 때 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="107"/>
        <source>Document:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="108"/>
        <source>P&amp;urpose:</source>
        <translation>출력 사유(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="118"/>
        <source>The purpose is printed on the document and written, with your name and the time, to the document register and the audit trail. Only the items the client consented to are included.</source>
        <translation>출력 사유는 문서에 인쇄되고, 출력한 사람과 시각과 함께 문서 대장과 감사 기록에 남습니다. 문서에는 내담자가 동의한 항목만 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="171"/>
        <source>Stopping after the packet being drawn…</source>
        <translation>지금 만드는 연계 묶음까지만 만들고 멈춥니다…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="191"/>
        <source>Cancelled: nothing was saved or printed.</source>
        <translation>취소했습니다. 아무것도 저장하거나 인쇄하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="195"/>
        <source>The document is ready. Choose Save or Print again.</source>
        <translation>문서가 준비되었습니다. [저장] 또는 [인쇄]를 다시 누르십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="223"/>
        <source>Saved to {path} ({pages} pages). The output is recorded in the document register with its purpose.</source>
        <translation>{path}에 저장했습니다({pages}쪽). 출력 사유와 함께 문서 대장에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/output_dialog.py" line="238"/>
        <source>Sent to the printer ({pages} pages). The output is recorded in the document register with its purpose.</source>
        <translation>프린터로 보냈습니다({pages}쪽). 출력 사유와 함께 문서 대장에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/printing.py" line="36"/>
        <source>Save the PDF as</source>
        <translation>PDF 저장 위치</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/printing.py" line="37"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="34"/>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="63"/>
        <source>Sending to the agency</source>
        <translation>기관 발송</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="34"/>
        <source>Faxing to the agency</source>
        <translation>기관 팩스 발송</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="34"/>
        <source>Case conference</source>
        <translation>사례 회의 자료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="39"/>
        <source>Print or save the referral letter</source>
        <translation>연계 의뢰서 출력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="40"/>
        <source>Referral letter {number} to {agency}</source>
        <translation>{agency} 앞 연계 의뢰서 {number}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="47"/>
        <source>Print or save the referral packet</source>
        <translation>연계 묶음 출력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="48"/>
        <source>Referral packet {number} to {agency}: cover sheet, referral letter, copy of the consent form and case summary</source>
        <translation>{agency} 앞 연계 묶음 {number}: 표지, 연계 의뢰서, 동의서 사본, 사례 요약</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="56"/>
        <source>Blank consent form (개인정보 수집·이용·제공 동의서), every box unticked</source>
        <translation>빈 개인정보 수집·이용·제공 동의서(모든 칸 비어 있음)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="58"/>
        <source>Consent form for this client, with the agencies of their pending referrals; every box unticked</source>
        <translation>이 내담자용 동의서(진행 중인 연계의 기관 포함, 모든 칸 비어 있음)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="61"/>
        <source>Print or save the consent form</source>
        <translation>동의서 출력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="63"/>
        <source>For the client to sign</source>
        <translation>내담자 서명용</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="67"/>
        <source>Batch output of referrals ready to send</source>
        <translation>발송 대기 연계 일괄 출력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="68"/>
        <source>The packets of every draft referral whose consents are complete, in one PDF</source>
        <translation>동의가 모두 갖추어진 작성 중 연계의 연계 묶음 전체(PDF 한 개)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="70"/>
        <source>Sending to the agencies</source>
        <translation>기관 발송</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/outputs.py" line="70"/>
        <source>Faxing to the agencies</source>
        <translation>기관 팩스 발송</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/overview_page.py" line="38"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/overview_page.py" line="42"/>
        <source>Phone numbers and safe contact</source>
        <translation>연락처와 안전 연락 지침</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/overview_page.py" line="45"/>
        <source>Resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/overview_page.py" line="51"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/overview_page.py" line="48"/>
        <source>Status and risk</source>
        <translation>진행 상태와 위기도</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../src/onestop_desktop/domain/passphrase_policy.py" line="28"/>
        <source>use at least 10 characters with two kinds of characters (letters, digits, symbols), or at least 8 with three kinds.</source>
        <translation>영문자·숫자·기호 중 두 종류를 섞어 10자 이상으로, 또는 세 종류를 섞어 8자 이상으로 정하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/passphrase_policy.py" line="33"/>
        <source>mix kinds of characters: 10 or more characters need two kinds (e.g. letters and digits), 8 or 9 characters need three kinds (e.g. letters, digits and symbols).</source>
        <translation>문자 종류를 섞으세요. 10자 이상이면 두 종류(예: 영문자와 숫자), 8~9자이면 세 종류(예: 영문자, 숫자, 기호)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/passphrase_policy.py" line="38"/>
        <source>it is a common passphrase or keyboard pattern that attackers try first.</source>
        <translation>누구나 많이 쓰는 비밀번호나 키보드 배열이라 공격자가 가장 먼저 시도합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/passphrase_policy.py" line="41"/>
        <source>it contains the user name, the person&apos;s name or the center&apos;s name.</source>
        <translation>사용자 이름, 본인 이름 또는 센터 이름이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/passphrase_policy.py" line="44"/>
        <source>it is mostly one repeated character or a simple sequence.</source>
        <translation>같은 문자의 반복이나 단순한 연속 문자로 이루어져 있습니다.</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../src/onestop_desktop/ui/passphrase_feedback.py" line="49"/>
        <source>At least 10 characters with two kinds (letters, digits, symbols), or at least 8 with three kinds.</source>
        <translation>영문자·숫자·기호 중 두 종류로 10자 이상, 또는 세 종류로 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/passphrase_feedback.py" line="54"/>
        <source>✓ Strong enough, but the two entries are not the same yet.</source>
        <translation>✓ 충분히 안전합니다. 다만 두 입력이 아직 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/passphrase_feedback.py" line="56"/>
        <source>✓ Strong enough. Type it once more to confirm.</source>
        <translation>✓ 충분히 안전합니다. 확인을 위해 한 번 더 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/passphrase_feedback.py" line="58"/>
        <source>✓ Strong enough, and both entries match.</source>
        <translation>✓ 충분히 안전하고, 두 입력이 일치합니다.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/people.py" line="51"/>
        <source>(former staff)</source>
        <translation>(퇴직 직원)</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="23"/>
        <source>Kind of period</source>
        <translation>기간 종류</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="24"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="24"/>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="25"/>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="29"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="25"/>
        <source>Custom</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="34"/>
        <source>Quarter or month</source>
        <translation>분기 또는 월</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="37"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="37"/>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="67"/>
        <source>Quarter {n}</source>
        <translation>{n}분기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/period_picker.py" line="69"/>
        <source>Month {n}</source>
        <translation>{n}월</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="47"/>
        <source>Add a phone number</source>
        <translation>전화번호 추가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="49"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="51"/>
        <source>Label</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="51"/>
        <source>e.g. mobile, home, work</source>
        <translation>예: 휴대전화, 집, 직장</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="53"/>
        <source>No text messages</source>
        <translation>문자 금지</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="55"/>
        <source>Hours to call</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="56"/>
        <source>e.g. weekdays 10:00~17:00</source>
        <translation>예: 평일 10:00~17:00</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="57"/>
        <source>Instructions</source>
        <translation>연락 시 주의 사항</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="58"/>
        <source>e.g. hang up if someone else answers</source>
        <translation>예: 본인이 받지 않으면 끊을 것</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="59"/>
        <source>Main number</source>
        <translation>대표 번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="64"/>
        <source>&amp;Number:</source>
        <translation>번호(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="65"/>
        <source>&amp;Label:</source>
        <translation>구분(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="67"/>
        <source>Hours to &amp;call:</source>
        <translation>연락 가능 시간(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="68"/>
        <source>&amp;Instructions:</source>
        <translation>주의 사항(&amp;I):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="73"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/contact_box.py" line="75"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../src/onestop_desktop/ui/documents/print_job.py" line="25"/>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/record_editor.py" line="133"/>
        <source>The form has unsaved changes. Save them before opening another record?</source>
        <translation>입력 중인 내용이 저장되지 않았습니다. 다른 기록을 열기 전에 저장할까요?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="142"/>
        <source>Your recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="143"/>
        <source>It is shown only now. Write it down or print this page, then store it safely.</source>
        <translation>복구 키는 지금 한 번만 보여 드립니다. 종이에 적거나 이 화면을 인쇄해 안전한 곳에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="148"/>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="155"/>
        <source>With this key the data can be opened even if every passphrase is forgotten, and a backup can be restored. Anyone who has it can open the data: keep it on paper in the center&apos;s safe, never in an e-mail, a chat or a file on this computer.</source>
        <translation>모든 비밀번호를 잊어도 이 키로 자료를 열고 백업을 복원할 수 있습니다. 키를 가진 사람은 누구나 자료를 열 수 있으니 종이에 적어 센터 금고에 보관하고, 이메일이나 메신저, 이 컴퓨터의 파일에는 절대 남기지 마세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="158"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>복구 키를 안전한 곳에 보관했습니다(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="39"/>
        <source>Normal</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="40"/>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="41"/>
        <source>Immediate</source>
        <translation>즉시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="56"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="57"/>
        <source>Sent</source>
        <translation>발송함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="58"/>
        <source>Received by the agency</source>
        <translation>기관 접수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="59"/>
        <source>Support in progress</source>
        <translation>지원 진행 중</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="60"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="61"/>
        <source>Returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/referrals.py" line="62"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>ReferralDetails</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="27"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="27"/>
        <source>Domain:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="28"/>
        <source>Requested services:</source>
        <translation>요청 서비스:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="28"/>
        <source>Reason:</source>
        <translation>연계 사유:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="29"/>
        <source>Urgency:</source>
        <translation>긴급도:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="29"/>
        <source>Reply due:</source>
        <translation>회신 기한:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="30"/>
        <source>Contact person:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="30"/>
        <source>Items sent:</source>
        <translation>제공 항목:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="35"/>
        <source>Referral history</source>
        <translation>연계 이력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="39"/>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="53"/>
        <source>Choose a referral, or make a new one.</source>
        <translation>연계를 선택하거나 새 연계를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="60"/>
        <source>{number} · received from {agency}</source>
        <translation>{number} · {agency}에서 받은 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="63"/>
        <source>{number} · to {agency}</source>
        <translation>{number} · {agency} 앞</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="66"/>
        <source>resident registration number (legal basis: {basis})</source>
        <translation>주민등록번호(법적 근거: {basis})</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="77"/>
        <source>Cannot be sent yet:</source>
        <translation>아직 보낼 수 없습니다:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_details.py" line="79"/>
        <source>The client&apos;s consents cover everything this referral carries: it can be sent.</source>
        <translation>이 연계에 담긴 항목은 모두 내담자의 동의 범위 안에 있습니다. 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="61"/>
        <source>Record a referral received</source>
        <translation>받은 연계 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="62"/>
        <source>Edit the draft {number}</source>
        <translation>작성 중인 연계 {number} 수정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="63"/>
        <source>New referral</source>
        <translation>새 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="67"/>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="68"/>
        <source>Choose the agency…</source>
        <translation>기관을 선택하십시오…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="72"/>
        <source>Service domain</source>
        <translation>지원 영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="73"/>
        <source>Requested services</source>
        <translation>요청 서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="74"/>
        <source>e.g. trauma counseling, 10 sessions</source>
        <translation>예: 트라우마 상담 10회</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="75"/>
        <source>Reason</source>
        <translation>연계 사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="78"/>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="81"/>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="82"/>
        <source>empty: 7 days after sending</source>
        <translation>비워 두면 발송 후 7일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="84"/>
        <source>Contact person</source>
        <translation>기관 담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="87"/>
        <source>Include the resident registration number (only with a legal basis)</source>
        <translation>주민등록번호 포함(법적 근거가 있을 때만)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="90"/>
        <source>Legal basis for the number</source>
        <translation>주민등록번호 처리의 법적 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="91"/>
        <source>the law that requires the number</source>
        <translation>주민등록번호를 요구하는 법령</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="115"/>
        <source>From &amp;agency:</source>
        <translation>의뢰한 기관(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="115"/>
        <source>&amp;Agency:</source>
        <translation>기관(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="117"/>
        <source>&amp;Domain:</source>
        <translation>영역(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="118"/>
        <source>Requested &amp;services:</source>
        <translation>요청 서비스(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="119"/>
        <source>&amp;Reason:</source>
        <translation>연계 사유(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="120"/>
        <source>&amp;Urgency:</source>
        <translation>긴급도(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="121"/>
        <source>Reply d&amp;ue:</source>
        <translation>회신 기한(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="122"/>
        <source>&amp;Contact person:</source>
        <translation>기관 담당자(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="123"/>
        <source>Items to send:</source>
        <translation>제공 항목:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="126"/>
        <source>&amp;Legal basis:</source>
        <translation>법적 근거(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="134"/>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="134"/>
        <source>&amp;Save the draft</source>
        <translation>작성 중으로 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="156"/>
        <source>Choose the agency to see what the client&apos;s consents allow.</source>
        <translation>기관을 선택하면 내담자의 동의로 보낼 수 있는 항목이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="158"/>
        <source>never</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="159"/>
        <source>Domains: {domains} · Phone: {phone} · Last verified: {date}</source>
        <translation>지원 영역: {domains} · 전화: {phone} · 최종 확인일: {date}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="162"/>
        <source>Not verified for more than a year: check the phone and contact before sending.</source>
        <translation>1년 넘게 확인하지 않은 기관입니다. 보내기 전에 전화번호와 담당자를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="185"/>
        <source>Nothing may be sent to {agency} yet:</source>
        <translation>아직 {agency}에 보낼 수 있는 항목이 없습니다:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="187"/>
        <source>Record the missing consent on the Consents tab.</source>
        <translation>빠진 동의는 [동의] 탭에서 기록하십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referral_dialog.py" line="190"/>
        <source>Items marked “no consent” are not covered by the client&apos;s consents for {agency}. To send them, record the consent on the Consents tab first.</source>
        <translation>‘동의 없음’ 항목은 내담자가 {agency}에 제공하는 데 동의하지 않은 항목입니다. 보내려면 먼저 [동의] 탭에서 동의를 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>ReferralEventModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_event_model.py" line="13"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_event_model.py" line="13"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_event_model.py" line="13"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_event_model.py" line="13"/>
        <source>By</source>
        <translation>처리자</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="38"/>
        <source>Number</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="38"/>
        <source>Direction</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="38"/>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="38"/>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="38"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="39"/>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="39"/>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="42"/>
        <source>(unknown agency)</source>
        <translation>(알 수 없는 기관)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="48"/>
        <source>Received</source>
        <translation>받은 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="48"/>
        <source>Sent by us</source>
        <translation>보낸 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/referral_table_model.py" line="56"/>
        <source>The reply is {days} days overdue</source>
        <translation>회신 기한이 {days}일 지났습니다</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="48"/>
        <source>Referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="53"/>
        <source>&amp;New referral…</source>
        <translation>새 연계(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="55"/>
        <source>Record a referral &amp;received…</source>
        <translation>받은 연계 기록(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="72"/>
        <source>Referral &amp;letter…</source>
        <translation>의뢰서 출력(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="60"/>
        <source>Send</source>
        <translation>발송</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="61"/>
        <source>Agency received it</source>
        <translation>기관 접수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="62"/>
        <source>Support started</source>
        <translation>지원 시작</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="63"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="64"/>
        <source>Returned</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="65"/>
        <source>Back to draft</source>
        <translation>다시 작성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="66"/>
        <source>Cancel the referral</source>
        <translation>연계 취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="71"/>
        <source>Edit the &amp;draft…</source>
        <translation>수정(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="74"/>
        <source>Referral pac&amp;ket…</source>
        <translation>연계 묶음 출력(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="151"/>
        <source>The consents do not allow this referral yet (see above).</source>
        <translation>아직 동의가 이 연계를 허용하지 않습니다(위 설명 참고).</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="171"/>
        <source>The referral received is recorded.</source>
        <translation>받은 연계를 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="172"/>
        <source>The referral is saved as a draft. Send it when it is ready.</source>
        <translation>연계를 작성 중으로 저장했습니다. 준비가 되면 발송하십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="182"/>
        <source>The draft is saved.</source>
        <translation>작성 중인 연계를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/referrals_page.py" line="206"/>
        <source>{number} is now “{status}”.</source>
        <translation>{number}의 상태를 ‘{status}’(으)로 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="40"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="41"/>
        <source>Save the report as</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="58"/>
        <source>Period report (실적 보고)</source>
        <translation>실적 보고</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="62"/>
        <source>&amp;PDF with charts</source>
        <translation>차트가 포함된 &amp;PDF</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="63"/>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>&amp;Excel 통합 문서 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="67"/>
        <source>Purpose of the output</source>
        <translation>출력 사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="69"/>
        <source>For the Ministry of Justice</source>
        <translation>법무부 제출</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="69"/>
        <source>For Seoul city</source>
        <translation>서울시 제출</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="70"/>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="73"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="80"/>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="81"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="82"/>
        <source>P&amp;urpose:</source>
        <translation>출력 사유(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="89"/>
        <source>The report holds counts only, never a person: counts from 1 to {n} are shown as &quot;&lt;{m}&quot; and any value a total would give back is hidden. The purpose is recorded with your name in the document register and the audit trail.</source>
        <translation>보고서에는 건수만 있고 개인은 없습니다. 1~{n}건은 &quot;&lt;{m}&quot;로 표시하고, 합계로 역산할 수 있는 값은 가립니다. 출력 사유는 이름과 함께 출력·복사 대장과 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="107"/>
        <source>The end of the period is before its start.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="111"/>
        <source>Making the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dashboard/report_dialog.py" line="139"/>
        <source>Saved to {path}. The output is recorded in the document register with its purpose.</source>
        <translation>{path}에 저장했습니다. 출력 사유와 함께 출력·복사 대장에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="46"/>
        <source>0–13</source>
        <translation>13세 이하</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="47"/>
        <source>14–18</source>
        <translation>14~18세</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="48"/>
        <source>19–29</source>
        <translation>19~29세</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="49"/>
        <source>30–39</source>
        <translation>30대</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="50"/>
        <source>40–49</source>
        <translation>40대</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="51"/>
        <source>50–59</source>
        <translation>50대</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="52"/>
        <source>60–69</source>
        <translation>60대</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="53"/>
        <source>70 and over</source>
        <translation>70세 이상</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/population.py" line="54"/>
        <source>Age not recorded</source>
        <translation>나이 미상</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="87"/>
        <source>Show the full number</source>
        <translation>주민등록번호 전체 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="88"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="89"/>
        <source>e.g. relief fund application form</source>
        <translation>예: 구조금 신청서 작성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="94"/>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="99"/>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="101"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="105"/>
        <source>The reason is written to the audit trail with your name.</source>
        <translation>사유는 내 이름과 함께 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="118"/>
        <source>No number is on file.</source>
        <translation>기록된 번호가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="114"/>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="116"/>
        <source>New role</source>
        <translation>새 역할</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="119"/>
        <source>New &amp;role:</source>
        <translation>새 역할(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="121"/>
        <source>Role of {name} ({username}). The change takes effect at their next login and is written to the audit trail.</source>
        <translation>{name}({username}) 님의 역할입니다. 변경 내용은 다음 로그인부터 적용되며 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="126"/>
        <source>&amp;Change role</source>
        <translation>역할 변경(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="126"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="18"/>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="19"/>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="20"/>
        <source>Outreach worker</source>
        <translation>현장상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="21"/>
        <source>Staff</source>
        <translation>행정직원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="56"/>
        <source>manage users</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="57"/>
        <source>change center settings</source>
        <translation>센터 설정 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="58"/>
        <source>read the audit trail</source>
        <translation>감사 기록 열람</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="59"/>
        <source>make a backup</source>
        <translation>백업 만들기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="60"/>
        <source>restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="61"/>
        <source>check the database</source>
        <translation>데이터베이스 점검</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="62"/>
        <source>use OneStop</source>
        <translation>OneStop 사용</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="63"/>
        <source>see every case</source>
        <translation>모든 사건 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="64"/>
        <source>record and edit case details</source>
        <translation>사건 정보 입력·수정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="65"/>
        <source>read counseling notes</source>
        <translation>상담 기록 열람</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="66"/>
        <source>write counseling notes</source>
        <translation>상담 기록 작성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="67"/>
        <source>schedule follow-ups</source>
        <translation>사후 관리 일정 잡기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="68"/>
        <source>reveal a resident registration number</source>
        <translation>주민등록번호 전체 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="69"/>
        <source>import records</source>
        <translation>기록 가져오기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="70"/>
        <source>generate demo data</source>
        <translation>시연용 자료 만들기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="71"/>
        <source>see statistics</source>
        <translation>통계 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="72"/>
        <source>edit the partner-agency directory</source>
        <translation>연계 기관 목록 편집</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="73"/>
        <source>record consents</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="74"/>
        <source>draft and send referrals</source>
        <translation>연계 의뢰서 작성·발송</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="75"/>
        <source>print and export documents</source>
        <translation>문서 출력·내보내기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="76"/>
        <source>manage programs</source>
        <translation>프로그램 관리</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="77"/>
        <source>enrol clients and record attendance</source>
        <translation>프로그램 참여 등록 및 출석 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="78"/>
        <source>take feedback surveys</source>
        <translation>만족도 조사 실시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="79"/>
        <source>edit the survey questions</source>
        <translation>만족도 조사 문항 편집</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="80"/>
        <source>see the dashboard</source>
        <translation>현황 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="81"/>
        <source>see center-wide figures</source>
        <translation>센터 전체 현황 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/roles.py" line="82"/>
        <source>produce period reports</source>
        <translation>실적 보고서 작성</translation>
    </message>
</context>
<context>
    <name>RrnBox</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="132"/>
        <source>Record…</source>
        <translation>기록…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="136"/>
        <source>Show…</source>
        <translation>보기…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="148"/>
        <source>Not recorded</source>
        <translation>기록 없음</translation>
    </message>
</context>
<context>
    <name>RrnDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="38"/>
        <source>Record the resident registration number</source>
        <translation>주민등록번호 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="40"/>
        <source>Resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="42"/>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="43"/>
        <source>e.g. application for the crime victim relief fund</source>
        <translation>예: 범죄피해구조금 신청</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="47"/>
        <source>&amp;Number:</source>
        <translation>번호(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="48"/>
        <source>&amp;Legal basis:</source>
        <translation>법적 근거(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="52"/>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="54"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/rrn_box.py" line="59"/>
        <source>Keep a resident registration number only where a law requires or allows it, and name that basis. The number is never shown in full except to an administrator who gives a reason.</source>
        <translation>주민등록번호는 법령이 요구하거나 허용할 때만 보관하고 그 근거를 적으세요. 번호 전체는 사유를 적은 관리자에게만 보입니다.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/page.py" line="41"/>
        <source>Show their version</source>
        <translation>다른 사람이 저장한 내용 보기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/page.py" line="43"/>
        <source>Replaces your edits in this form with the version saved by the other person.</source>
        <translation>이 양식에 입력한 내용을 다른 사람이 저장한 내용으로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/page.py" line="46"/>
        <source>Undo changes</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/page.py" line="48"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/page.py" line="50"/>
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/page.py" line="51"/>
        <source>Unsaved changes on this tab. Save with Ctrl+S.</source>
        <translation>이 탭에 저장하지 않은 변경 사항이 있습니다. Ctrl+S로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="26"/>
        <source>Search cases</source>
        <translation>사례 검색</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="31"/>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="32"/>
        <source>Search names, aliases, case numbers and phone numbers</source>
        <translation>이름, 가명, 사례번호, 전화번호에서 찾습니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="33"/>
        <source>Session notes</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="34"/>
        <source>Full-text search in the notes of counseling sessions</source>
        <translation>상담 기록의 내용에서 찾습니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="95"/>
        <source>Words in session notes, then Enter</source>
        <translation>상담 내용에서 찾을 말을 입력하고 Enter</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/search_box.py" line="96"/>
        <source>Name, alias, case number, phone number</source>
        <translation>이름, 가명, 사례번호, 전화번호</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="24"/>
        <source>Services provided</source>
        <translation>지원 내역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="25"/>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="80"/>
        <source>New service</source>
        <translation>새 지원 내역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="28"/>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="29"/>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="58"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="30"/>
        <source>e.g. emergency living costs</source>
        <translation>예: 긴급 생계비</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="33"/>
        <source>Provided by</source>
        <translation>제공 주체</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="34"/>
        <source>This center</source>
        <translation>센터 직접</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="35"/>
        <source>Partner agency</source>
        <translation>연계 기관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="36"/>
        <source>Agency or person</source>
        <translation>기관 또는 담당자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="37"/>
        <source>Date provided</source>
        <translation>제공일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="38"/>
        <source>Amount in won</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="40"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="42"/>
        <source>&amp;Domain:</source>
        <translation>영역(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="43"/>
        <source>Se&amp;rvice:</source>
        <translation>서비스(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="44"/>
        <source>Provided by:</source>
        <translation>제공 주체:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="45"/>
        <source>Agency or person:</source>
        <translation>기관 또는 담당자:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="47"/>
        <source>Date:</source>
        <translation>제공일:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="49"/>
        <source>Amount (won):</source>
        <translation>금액(원):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="51"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/services_page.py" line="81"/>
        <source>{service} ({date})</source>
        <translation>{service} ({date})</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="20"/>
        <source>Domain</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="20"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="20"/>
        <source>Provider</source>
        <translation>제공</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="20"/>
        <source>Date</source>
        <translation>제공일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="20"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="21"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="25"/>
        <source>This center</source>
        <translation>센터 직접</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/service_table_model.py" line="26"/>
        <source>Partner agency</source>
        <translation>연계 기관</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="29"/>
        <source>Counseling sessions</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="30"/>
        <source>New session</source>
        <translation>새 상담 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="34"/>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="35"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>예: 2026-11-26 14:30</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="37"/>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="38"/>
        <source>Minutes</source>
        <translation>상담 시간(분)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="40"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="41"/>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="42"/>
        <source>Note</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="43"/>
        <source>Next steps</source>
        <translation>다음 계획</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="50"/>
        <source>Minutes:</source>
        <translation>시간(분):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="53"/>
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="54"/>
        <source>Place:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="55"/>
        <source>Counselor:</source>
        <translation>상담원:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="56"/>
        <source>&amp;Note:</source>
        <translation>상담 내용(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="57"/>
        <source>Next steps:</source>
        <translation>다음 계획:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="65"/>
        <source>Counseling session</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="89"/>
        <source>New counseling session</source>
        <translation>새 상담 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/sessions_page.py" line="90"/>
        <source>Session of {when}</source>
        <translation>{when} 상담</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/session_table_model.py" line="13"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/session_table_model.py" line="13"/>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/session_table_model.py" line="13"/>
        <source>Counselor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/session_table_model.py" line="13"/>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/session_table_model.py" line="13"/>
        <source>Note</source>
        <translation>상담 내용</translation>
    </message>
</context>
<context>
    <name>SessionTasks</name>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="32"/>
        <source>Save the backup as</source>
        <translation>백업 파일 저장</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="33"/>
        <source>OneStop backups (*{suffix})</source>
        <translation>OneStop 백업 파일 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="62"/>
        <source>Please wait</source>
        <translation>잠시 기다려 주세요</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="73"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="89"/>
        <source>Writing the encrypted backup…</source>
        <translation>암호화된 백업을 만드는 중입니다…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="90"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="95"/>
        <source>The backup is complete: {path} ({size}). It opens with the recovery key or with the passphrase of an administrator at the time of the backup.</source>
        <translation>백업을 만들었습니다: {path} ({size}). 이 백업은 복구 키나, 백업할 때 관리자였던 사용자의 비밀번호로 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="102"/>
        <source>The backup was not made.</source>
        <translation>백업을 만들지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="108"/>
        <source>Checking the database and the audit trail…</source>
        <translation>데이터베이스와 감사 기록을 점검하는 중입니다…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="109"/>
        <source>Data check</source>
        <translation>데이터 점검</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="113"/>
        <source>The check found {count} problems. Restore from a backup or contact support:</source>
        <translation>점검에서 문제 {count}건을 찾았습니다. 백업에서 복원하거나 지원 담당자에게 문의하세요:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/tasks.py" line="117"/>
        <source>The check is complete: encryption, database structure, links and the audit trail are all intact.</source>
        <translation>점검을 마쳤습니다. 암호화, 데이터베이스 구조, 연결 관계, 감사 기록 모두 이상이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="39"/>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="47"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="48"/>
        <source>A new language applies the next time OneStop starts.</source>
        <translation>바꾼 언어는 OneStop을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Center (all computers)</source>
        <translation>센터 전체(모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Lock after idle minutes</source>
        <translation>자동 잠금 시간(분)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="58"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Lock the screen after &amp;idle:</source>
        <translation>입력이 없으면 화면 잠금(&amp;I):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Smallest count shown in period reports</source>
        <translation>실적 보고에 그대로 표시하는 최소 건수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Reports hide counts &amp;below:</source>
        <translation>실적 보고에서 가리는 건수 기준(&amp;B):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Without input for this long, every screen locks.</source>
        <translation>이 시간 동안 입력이 없으면 모든 화면이 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Only an administrator can change this.</source>
        <translation>관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="81"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="183"/>
        <source>OneStop setup</source>
        <translation>OneStop 처음 설정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="193"/>
        <source>&amp;Start OneStop</source>
        <translation>OneStop 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StatusBox</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="75"/>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="118"/>
        <source>Start work</source>
        <translation>진행 시작</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="75"/>
        <source>Put on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="76"/>
        <source>Close…</source>
        <translation>종결…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="85"/>
        <source>New risk assessment</source>
        <translation>새 위기도 평가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="86"/>
        <source>Record assessment</source>
        <translation>평가 기록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="98"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="100"/>
        <source>Risk:</source>
        <translation>위기도:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="101"/>
        <source>Reassess:</source>
        <translation>다시 평가:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="110"/>
        <source>closed {date}: {reason}</source>
        <translation>{date} 종결: {reason}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="116"/>
        <source>Reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="117"/>
        <source>Resume</source>
        <translation>다시 진행</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="120"/>
        <source>Not assessed</source>
        <translation>미평가</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_box.py" line="122"/>
        <source>{level} · assessed {date} by {name}</source>
        <translation>{level} · {date} {name} 평가</translation>
    </message>
</context>
<context>
    <name>StatusNoteDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="19"/>
        <source>Change the status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="20"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="21"/>
        <source>e.g. sent by fax, received by the person in charge</source>
        <translation>예: 팩스 발송, 담당자 접수 확인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="23"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="26"/>
        <source>&amp;Change</source>
        <translation>변경(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="28"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/status_note_dialog.py" line="32"/>
        <source>{number}: the status becomes “{status}” today.</source>
        <translation>{number}: 오늘 날짜로 상태를 ‘{status}’(으)로 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="18"/>
        <source>Intake</source>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="19"/>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="168"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="20"/>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="21"/>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="43"/>
        <source>Goals met</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="44"/>
        <source>Client ended support</source>
        <translation>내담자 요청으로 종료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="45"/>
        <source>Lost contact</source>
        <translation>연락 두절</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="46"/>
        <source>Transferred to another agency</source>
        <translation>타 기관 이관</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="47"/>
        <source>Not eligible</source>
        <translation>지원 대상 아님</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/case_status.py" line="48"/>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="28"/>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="137"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="23"/>
        <source>Crime against life or body</source>
        <translation>생명·신체 피해 범죄</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="24"/>
        <source>Digital sex crime</source>
        <translation>디지털 성범죄</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="25"/>
        <source>Stalking</source>
        <translation>스토킹</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="26"/>
        <source>Domestic violence</source>
        <translation>가정폭력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="27"/>
        <source>Sexual violence</source>
        <translation>성폭력</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="47"/>
        <source>Personal protection</source>
        <translation>신변 보호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="48"/>
        <source>Investigation support</source>
        <translation>수사 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="49"/>
        <source>Psychological support</source>
        <translation>심리 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="50"/>
        <source>Legal support</source>
        <translation>법률 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="51"/>
        <source>Financial aid</source>
        <translation>경제적 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="52"/>
        <source>Housing support</source>
        <translation>주거 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="53"/>
        <source>Employment support</source>
        <translation>고용 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="54"/>
        <source>Welfare services</source>
        <translation>복지 서비스</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="55"/>
        <source>Financial services</source>
        <translation>금융 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="56"/>
        <source>Medical referral</source>
        <translation>의료 연계</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="57"/>
        <source>Digital sex crime content removal</source>
        <translation>디지털 성범죄 영상물 삭제 지원</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="70"/>
        <source>No need</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="71"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="72"/>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="73"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="74"/>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="90"/>
        <source>Low risk</source>
        <translation>위험 낮음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="91"/>
        <source>Medium risk</source>
        <translation>위험 보통</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="92"/>
        <source>High risk</source>
        <translation>위험 높음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="93"/>
        <source>Critical risk</source>
        <translation>위험 매우 높음</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="105"/>
        <source>Walk-in visit</source>
        <translation>직접 방문</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="106"/>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="121"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="107"/>
        <source>Outreach</source>
        <translation>현장 방문(아웃리치)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="108"/>
        <source>Referred by an agency</source>
        <translation>기관 의뢰</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="120"/>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="122"/>
        <source>Outreach visit</source>
        <translation>현장 방문</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="123"/>
        <source>Video call</source>
        <translation>화상 상담</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="135"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="136"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="138"/>
        <source>Not recorded</source>
        <translation>기록 안 함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="151"/>
        <source>Not reported</source>
        <translation>미신고</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="152"/>
        <source>Reported</source>
        <translation>신고함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="153"/>
        <source>Under investigation</source>
        <translation>수사 중</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="154"/>
        <source>Sent to prosecution / indicted</source>
        <translation>송치·기소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="155"/>
        <source>Investigation closed</source>
        <translation>수사 종결</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="167"/>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="169"/>
        <source>Provided</source>
        <translation>제공함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="170"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="181"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="182"/>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/taxonomy.py" line="183"/>
        <source>Dropped</source>
        <translation>중단</translation>
    </message>
</context>
<context>
    <name>TemporaryPassphraseDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="153"/>
        <source>Re-activate an account</source>
        <translation>계정 다시 활성화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="154"/>
        <source>{name} ({username}) can log in again with this temporary passphrase and must then choose their own.</source>
        <translation>{name}({username}) 님은 이 임시 비밀번호로 다시 로그인한 뒤 본인 비밀번호로 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="156"/>
        <source>&amp;Re-activate</source>
        <translation>다시 활성화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="158"/>
        <source>Reset a passphrase</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="159"/>
        <source>{name} ({username}) logs in with this temporary passphrase and must then choose their own. Their old passphrase stops working.</source>
        <translation>{name}({username}) 님은 이 임시 비밀번호로 로그인한 뒤 본인 비밀번호로 바꿔야 합니다. 이전 비밀번호는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="161"/>
        <source>&amp;Reset passphrase</source>
        <translation>비밀번호 재설정(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="162"/>
        <source>Temporary passphrase</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="163"/>
        <source>Temporary passphrase again</source>
        <translation>임시 비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="167"/>
        <source>&amp;Temporary passphrase:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="168"/>
        <source>Temporary passphrase &amp;again:</source>
        <translation>임시 비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_forms.py" line="174"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/todo_panel.py" line="31"/>
        <source>My tasks</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/todo_panel.py" line="36"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/todo_panel.py" line="41"/>
        <source>My tasks: overdue and due this week</source>
        <translation>내 할 일: 기한 지남과 이번 주 마감</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/todo_panel.py" line="76"/>
        <source>{overdue} overdue, {soon} due this week</source>
        <translation>기한 지남 {overdue}건, 이번 주 마감 {soon}건</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/todo_panel.py" line="78"/>
        <source>Nothing overdue or due this week.</source>
        <translation>기한이 지났거나 이번 주에 마감인 할 일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/todo_panel.py" line="80"/>
        <source>{count} referral replies overdue</source>
        <translation>회신 기한 지남 {count}건</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="50"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="50"/>
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="50"/>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="50"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="58"/>
        <source>Reply overdue: {agency}</source>
        <translation>회신 기한 지남: {agency}</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="69"/>
        <source>Referral {number} to {agency}: the reply was due {date}. Open the case to record the reply.</source>
        <translation>{agency} 앞 연계 {number}: 회신 기한이 {date}였습니다. 사례를 열어 회신을 기록하십시오.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/todo_table_model.py" line="75"/>
        <source>Overdue by {days} days</source>
        <translation>기한이 {days}일 지났습니다</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="23"/>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="46"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="26"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="27"/>
        <source>Do&amp;n&apos;t save</source>
        <translation>저장 안 함(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="28"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="47"/>
        <source>There is unsaved input. Close without saving it?</source>
        <translation>저장하지 않은 내용이 있습니다. 저장하지 않고 닫을까요?</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="50"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="51"/>
        <source>Keep writing</source>
        <translation>계속 작성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/unsaved.py" line="103"/>
        <source>There are unsaved changes:</source>
        <translation>저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="33"/>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="35"/>
        <source>User accounts</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="39"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="40"/>
        <source>Change &amp;role…</source>
        <translation>역할 변경(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="41"/>
        <source>&amp;Deactivate…</source>
        <translation>비활성화(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="42"/>
        <source>Re-ac&amp;tivate…</source>
        <translation>다시 활성화(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="43"/>
        <source>Reset &amp;passphrase…</source>
        <translation>비밀번호 재설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="53"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="114"/>
        <source>Added {name} ({username}) as {role}. Give them the temporary passphrase in person.</source>
        <translation>{name}({username}) 님을 {role}(으)로 추가했습니다. 임시 비밀번호는 본인에게 직접 전달하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="129"/>
        <source>{name} is now {role}.</source>
        <translation>{name} 님의 역할을 {role}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="140"/>
        <source>Deactivate account</source>
        <translation>계정 비활성화</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="142"/>
        <source>Deactivate the account of {name} ({username})? They can no longer log in on this computer. Their records and the audit trail are kept, and an administrator can re-activate the account.</source>
        <translation>{name}({username}) 님의 계정을 비활성화할까요? 이 컴퓨터에서 더 이상 로그인할 수 없습니다. 작성한 기록과 감사 기록은 그대로 남고, 관리자가 나중에 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="149"/>
        <source>&amp;Deactivate</source>
        <translation>비활성화(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="150"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="162"/>
        <source>The account of {name} is deactivated.</source>
        <translation>{name} 님의 계정을 비활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="175"/>
        <source>The account of {name} is active again with the temporary passphrase.</source>
        <translation>{name} 님의 계정을 임시 비밀번호로 다시 활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/dialogs/user_admin.py" line="190"/>
        <source>The passphrase of {name} is reset. Give them the temporary passphrase in person.</source>
        <translation>{name} 님의 비밀번호를 재설정했습니다. 임시 비밀번호는 본인에게 직접 전달하세요.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="63"/>
        <source>The user must choose a new passphrase at the next login.</source>
        <translation>다음 로그인 때 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="78"/>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="78"/>
        <source>Deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="81"/>
        <source>Temporary</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="81"/>
        <source>Set by the user</source>
        <translation>본인이 설정</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="88"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="88"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="88"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="88"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/models/user_table_model.py" line="89"/>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/onestop_desktop/domain/import_format.py" line="149"/>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>&apos;{value}&apos;은(는) 허용되는 값이 아닙니다. 다음 중 하나를 쓰세요: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/import_format.py" line="150"/>
        <source>The file has no &apos;{column}&apos; column.</source>
        <translation>파일에 &apos;{column}&apos; 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/import_format.py" line="151"/>
        <source>No user named &apos;{value}&apos;.</source>
        <translation>&apos;{value}&apos; 사용자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="13"/>
        <source>This field is required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="14"/>
        <source>Write the date as YYYY-MM-DD, for example 2026-11-26.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 쓰세요. 예: 2026-11-26</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="15"/>
        <source>This date cannot be in the future.</source>
        <translation>앞으로 올 날짜는 입력할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="16"/>
        <source>This date is before the date of birth.</source>
        <translation>생년월일보다 이전 날짜입니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="17"/>
        <source>This date is implausibly far in the past.</source>
        <translation>너무 먼 과거의 날짜입니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="18"/>
        <source>Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701.</source>
        <translation>국내 전화번호 형식이 아닙니다. 예: 010-1234-5678, 02-123-4567, 1577-1701</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="21"/>
        <source>Use letters only (Hangul or Latin), at most 60 characters.</source>
        <translation>한글 또는 영문자만 60자 이내로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="22"/>
        <source>Choose at least one crime type.</source>
        <translation>피해 유형을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="23"/>
        <source>Name the agency that referred the client.</source>
        <translation>내담자를 의뢰한 기관을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="24"/>
        <source>Not a resident registration number (YYMMDD-NNNNNNN).</source>
        <translation>주민등록번호 형식(YYMMDD-NNNNNNN)이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="25"/>
        <source>Record the legal basis for keeping this number.</source>
        <translation>이 번호를 보관하는 법적 근거를 기록하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="26"/>
        <source>At most {max} characters.</source>
        <translation>{max}자 이내로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="27"/>
        <source>An amount in won: digits only, for example 300000.</source>
        <translation>금액은 원 단위 숫자로만 쓰세요. 예: 300000</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="28"/>
        <source>Minutes between 0 and 1440.</source>
        <translation>0~1440분 사이로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="29"/>
        <source>Choose why the case is closed.</source>
        <translation>종결 사유를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="30"/>
        <source>The case cannot move from this status to that one.</source>
        <translation>사건을 이 상태에서 그 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/domain/validation.py" line="31"/>
        <source>Write the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>날짜와 시각은 YYYY-MM-DD HH:MM 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/consents.py" line="29"/>
        <source>Choose the agency this consent is for.</source>
        <translation>이 동의가 적용되는 기관을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/consents.py" line="30"/>
        <source>Tick the items the client agreed to provide.</source>
        <translation>내담자가 제공에 동의한 항목을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/consents.py" line="31"/>
        <source>The client is under 14 on this date: the legal guardian must give this consent.</source>
        <translation>이 날짜에 내담자가 만 14세 미만입니다. 법정대리인이 동의해야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/consents.py" line="34"/>
        <source>The guardian is the suspected offender and cannot consent for the client. Record the legal basis used instead (for example 개인정보 보호법 제15조제1항제5호) and the reason.</source>
        <translation>보호자가 가해 의심자이므로 내담자를 대신해 동의할 수 없습니다. 대신 적용한 법적 근거(예: 개인정보 보호법 제15조제1항제5호)와 사유를 기록하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/consents.py" line="39"/>
        <source>Record the legal basis and the reason it applies.</source>
        <translation>법적 근거와 그 근거를 적용한 사유를 기록하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/documents.py" line="48"/>
        <source>State why this document is printed or saved (출력 사유).</source>
        <translation>이 문서를 출력하거나 저장하는 사유(출력 사유)를 적으세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/referrals.py" line="27"/>
        <source>Choose the agency.</source>
        <translation>기관을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/services/referrals.py" line="28"/>
        <source>Only an administrator may include a resident registration number.</source>
        <translation>주민등록번호는 관리자만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="27"/>
        <source>A consent cannot be withdrawn before the date it was given.</source>
        <translation>동의한 날짜보다 앞선 날짜로 철회할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="38"/>
        <source>Welcome to OneStop</source>
        <translation>OneStop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="39"/>
        <source>This computer has no OneStop data yet. Setup takes about two minutes.</source>
        <translation>이 컴퓨터에는 아직 OneStop 자료가 없습니다. 설정은 2분 정도 걸립니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="43"/>
        <source>OneStop keeps the case files of your center encrypted on this computer. Only people with an account can open them, and every access is written to the audit trail.</source>
        <translation>OneStop은 센터의 사례 기록을 이 컴퓨터에 암호화해 보관합니다. 계정이 있는 사람만 열 수 있고, 모든 접근은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="46"/>
        <source>In the next steps you name your center and this computer, create the first administrator account, and receive a recovery key. Keep the recovery key on paper in a locked place: it is the only way back to the data if every passphrase is forgotten.</source>
        <translation>다음 단계에서 센터와 이 컴퓨터의 이름을 정하고, 첫 관리자 계정을 만든 뒤 복구 키를 받습니다. 복구 키는 모든 비밀번호를 잊었을 때 자료를 되찾는 유일한 방법이니, 종이에 적어 잠금장치가 있는 곳에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/setup_wizard.py" line="49"/>
        <source>Data folder: {folder}</source>
        <translation>데이터 폴더: {folder}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="40"/>
        <source>Withdraw a consent</source>
        <translation>동의 철회</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="42"/>
        <source>Date of withdrawal</source>
        <translation>철회일</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="44"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="45"/>
        <source>e.g. the client asked by phone</source>
        <translation>예: 내담자가 전화로 요청함</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="49"/>
        <source>Consent:</source>
        <translation>동의:</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="49"/>
        <source>{what}, given {date}</source>
        <translation>{what}, {date} 동의</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="51"/>
        <source>&amp;Date:</source>
        <translation>철회일(&amp;D):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="52"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="55"/>
        <source>&amp;Withdraw the consent</source>
        <translation>동의 철회(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/cases/withdraw_dialog.py" line="64"/>
        <source>From the date of withdrawal, referrals that need this consent cannot be sent and no document carries what it allowed. The record of the consent itself is kept.</source>
        <translation>철회일부터 이 동의가 필요한 연계는 보낼 수 없고, 이 동의로 허용되던 항목은 어떤 문서에도 들어가지 않습니다. 동의 기록 자체는 남겨 둡니다.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/onestop_desktop/ui/workspace.py" line="39"/>
        <source>Workspace of {name}</source>
        <translation>{name} 님의 작업 화면</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/workspace.py" line="57"/>
        <source>Case list</source>
        <translation>사례 목록</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/workspace.py" line="150"/>
        <source>{case} has unsaved changes ({what}). Save them before closing?</source>
        <translation>{case}에 저장하지 않은 변경 사항({what})이 있습니다. 닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../src/onestop_desktop/ui/workspace.py" line="209"/>
        <source>New intake (not registered yet)</source>
        <translation>신규 접수(아직 등록하지 않음)</translation>
    </message>
</context>
</TS>
