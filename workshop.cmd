@echo off
rem The workshop's command line on Windows: workshop help
rem It runs workshop-tools with the JDK in JAVA_HOME (or the java on the PATH): no Maven needed.
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" "-Dworkshop.root=%HERE%." "%HERE%workshop-tools\launcher\Workshop.java" %*
exit /b %ERRORLEVEL%
