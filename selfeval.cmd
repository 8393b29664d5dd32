@echo off
rem selfeval launcher for Windows: builds target\selfeval.jar when missing, then runs it.
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%target\selfeval.jar"
if not exist "%JAR%" (
  echo selfeval：正在构建程序（首次运行需要几分钟）…… 1>&2
  pushd "%HERE%"
  call mvn -q -B package -DskipTests
  if errorlevel 1 ( popd & exit /b 3 )
  popd
)
set "CDS=%HERE%target\selfeval.jsa"
if exist "%CDS%" (
  set "CDSOPT=-XX:SharedArchiveFile=%CDS% -Xshare:auto"
) else (
  set "CDSOPT=-XX:ArchiveClassesAtExit=%CDS%"
)
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %CDSOPT% %SELFEVAL_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
