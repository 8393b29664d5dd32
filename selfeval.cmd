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

set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if defined BUILD goto build
rem Sources newer than the jar mean a rebuild; an archive older than the jar is stale and removed.
where powershell >nul 2>&1 || goto built
powershell -NoProfile -NonInteractive -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; if ((Test-Path -LiteralPath $env:CDS) -and (Get-Item -LiteralPath $env:CDS).LastWriteTime -lt $j) { Remove-Item -LiteralPath $env:CDS }; $new=Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'),(Join-Path $env:HERE 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($new) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 set "BUILD=1"
if not defined BUILD goto built
:build
echo selfeval：正在构建程序（首次运行需要几分钟）…… 1>&2
pushd "%HERE%"
call mvn -q -B package -DskipTests 1>&2
if errorlevel 1 (
  popd
  exit /b 3
)
popd
if exist "%CDS%" del /q "%CDS%"
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
