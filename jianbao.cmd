@echo off
rem jianbao launcher for Windows: runs lib\jianbao.jar of this folder with a Java 17 or newer
rem (JAVA_HOME's, else the java on the PATH). Nothing else is needed: no Maven, no installation.
rem No blocks in parentheses below: a folder such as "C:\Program Files (x86)" would close them.
setlocal
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\lib\jianbao.jar"
if not exist "%JAR%" goto nojar
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
rem else java.exe in the first folder of the PATH that has it (the for loop's PATH search)
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava
rem An older Java cannot run the jar and would say so in a stack trace: its version is read from the
rem release file beside its bin folder, without starting it (1.8.0_392 is Java 8).
for %%J in ("%JAVA%") do set "JREL=%%~dpJ..\release"
set "JVER="
set "JMAJ="
set "JMIN="
if exist "%JREL%" for /f "usebackq tokens=1,2 delims==" %%K in ("%JREL%") do if "%%K"=="JAVA_VERSION" set "JVER=%%~L"
if defined JVER for /f "tokens=1,2 delims=." %%A in ("%JVER%") do set "JMAJ=%%A" & set "JMIN=%%B"
if "%JMAJ%"=="1" set "JMAJ=%JMIN%"
if defined JMAJ if %JMAJ% LSS 17 goto oldjava

rem A short-lived process: the C1 compiler alone and the serial collector start fastest and use
rem least memory; watch and studio stay running and get the optimising compiler too. The heap is capped
rem (README, "Memory"), starts small and grows only as far as the issue needs; JIANBAO_JAVA_OPTS adds
rem JVM options, e.g. set JIANBAO_JAVA_OPTS=-Xmx2g
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="watch" set "JIT="
if /i "%~1"=="studio" set "JIT="
"%JAVA%" %JIT% -XX:+UseSerialGC -Xss4m -Xms16m -XX:NewRatio=4 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xmx512m %JIANBAO_JAVA_OPTS% "-Djianbao.home=%HERE%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo jianbao: "%JAR%" is missing; unpack the whole jianbao zip and run jianbao.cmd from it 1>&2
exit /b 4

:oldjava
echo jianbao: needs Java 17 or newer, and "%JAVA%" is Java %JMAJ%: install a newer one (for example Temurin 17) and put it first on the PATH, or set JAVA_HOME to it 1>&2
exit /b 4

:nojava
echo jianbao: needs Java 17 or newer, and none was found: install a Java runtime (for example Temurin 17) or set JAVA_HOME to one 1>&2
exit /b 4
