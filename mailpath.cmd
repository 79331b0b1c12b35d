@echo off
rem Starts mailpath from this checkout's build (mvnw.cmd -q package -DskipTests) with the JVM
rem option the installed app has too: -XX:TieredStopAtLevel=1, the client compiler only (see the
rem script "mailpath" beside this one). "java -jar target\mailpath.jar" runs the same program.
setlocal
set "JAR=%~dp0target\mailpath.jar"
if exist "%JAR%" goto run
echo mailpath: "%JAR%" is not built yet: run mvnw.cmd -q package -DskipTests first 1>&2
exit /b 2
:run
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
