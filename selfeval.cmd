@echo off
rem selfeval launcher for Windows. It does what the bash launcher "selfeval" does (the reasons are given there):
rem builds target\selfeval.jar when it is missing or older than the sources, shows Chinese on the console,
rem and makes the class-data archive (faster start-up) only at the exit of a convert.
rem This file must keep CRLF line endings (.gitattributes): cmd.exe mis-parses LF-only batch files.
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%target\selfeval.jar"
set "CDS=%HERE%target\selfeval.jsa"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

call :needsBuild
if not defined BUILD goto built
rem One launcher builds at a time (a lock folder; one left by a killed build is taken over after 30 minutes). The build
rem runs in a folder of its own and its jar is moved into place only when complete, so a launcher starting meanwhile
rem never finds half a jar. Windows refuses to replace a jar a running selfeval has open: that one keeps it.
if not exist "%HERE%target" mkdir "%HERE%target"
set "LOCK=%HERE%target\.selfeval-build.lock.d"
set /a WAITED=0
:lock
mkdir "%LOCK%" 2>nul && goto locked
if %WAITED%==0 echo selfeval：另一个 selfeval 正在构建程序，等它完成…… 1>&2
set /a WAITED+=1
if %WAITED% geq 1800 (
  rmdir /s /q "%LOCK%" 2>nul
  set /a WAITED=1
)
ping -n 2 127.0.0.1 >nul
goto lock
:locked
rem checked again: the launcher waited for may have built it
call :needsBuild
if not defined BUILD goto unlock
echo selfeval：正在构建程序（首次运行需要几分钟）…… 1>&2
pushd "%HERE%"
call mvn -q -B package -Dmaven.test.skip=true -Dselfeval.buildDirectory="%HERE%target\launcher-build" 1>&2
if errorlevel 1 goto buildFailed
popd
move /y "%HERE%target\launcher-build\selfeval.jar" "%JAR%" >nul 2>&1
if errorlevel 1 goto jarInUse
if exist "%CDS%" del /q "%CDS%"
:unlock
rmdir "%LOCK%" 2>nul
:built

set "OPTS=-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dorg.slf4j.simpleLogger.log.org.docx4j=warn -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off"
set "COMMAND=%~1"
if /i not "%COMMAND%"=="run" if /i not "%COMMAND%"=="bench" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"
rem a heap that follows the live set, the bound a plain java -jar run gets from BoundedJvm
if /i "%COMMAND%"=="run" set "OPTS=%OPTS% -Xms48m -Xmx512m -Xmn32m -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if exist "%CDS%" goto withArchive
if /i "%COMMAND%"=="convert" goto makeArchive
"%JAVA%" %OPTS% %SELFEVAL_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:withArchive
"%JAVA%" %OPTS% -XX:SharedArchiveFile="%CDS%" -Xshare:auto %SELFEVAL_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:makeArchive
rem dumped under a temporary name and renamed, so a concurrent start never maps a half-written archive
set "TMPCDS=%CDS%.%RANDOM%.tmp"
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%TMPCDS%" -Dselfeval.cds.training=true %SELFEVAL_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%TMPCDS%" move /y "%TMPCDS%" "%CDS%" >nul
exit /b %STATUS%

:buildFailed
popd
rmdir "%LOCK%" 2>nul
echo selfeval：构建程序失败（见上方 Maven 的输出）；原有的程序 %JAR% 未改动。 1>&2
exit /b 3

:jarInUse
echo selfeval：程序 %JAR% 正在被另一个 selfeval 使用，未能换成新构建的程序；本次使用原有的程序，请在它结束后重新运行。 1>&2
goto unlock

rem Sets BUILD when the jar is missing or older than the sources; an archive older than the jar is stale and removed.
:needsBuild
set "BUILD="
if not exist "%JAR%" (
  set "BUILD=1"
  exit /b 0
)
where powershell >nul 2>&1 || exit /b 0
powershell -NoProfile -NonInteractive -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; if ((Test-Path -LiteralPath $env:CDS) -and (Get-Item -LiteralPath $env:CDS).LastWriteTime -lt $j) { Remove-Item -LiteralPath $env:CDS }; $new=Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'),(Join-Path $env:HERE 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($new) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 set "BUILD=1"
exit /b 0
