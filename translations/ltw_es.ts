<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Learning Team Workbench</source>
        <translation>Acerca de Learning Team Workbench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Learning Team Workbench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Learning Team Workbench&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>For the facilitator of a Learning Team: understand work as it is really done, without blame, and walk the group through Learn, Soak, Solve and Share.</source>
        <translation>Para quien facilita un Equipo de Aprendizaje: entender el trabajo tal como se hace de verdad, sin culpas, y guiar al grupo por Aprender, Reposar, Resolver y Compartir.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
</context>
<context>
    <name>BlameLanguage</name>
    <message>
        <source>A question that can open this up: what made this make sense to the people there at the time?</source>
        <translation>Una pregunta que puede abrir la conversación: ¿qué hizo que esto tuviera sentido para quienes estaban allí en ese momento?</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The file is not a readable bundle (not valid JSON: %1). Nothing was imported.</source>
        <translation>El archivo no es un paquete legible (no es JSON válido: %1). No se importó nada.</translation>
    </message>
    <message>
        <source>The file is not a Learning Team bundle (it holds no JSON object). Nothing was imported.</source>
        <translation>El archivo no es un paquete de Equipo de Aprendizaje (no contiene un objeto JSON). No se importó nada.</translation>
    </message>
    <message>
        <source>The file is not a Learning Team bundle (its &quot;format&quot; is not &quot;ltw-bundle&quot;). Nothing was imported.</source>
        <translation>El archivo no es un paquete de Equipo de Aprendizaje (su &quot;format&quot; no es &quot;ltw-bundle&quot;). No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of the workbench (bundle version %1, this version reads up to %2). Update the workbench to import it.</source>
        <translation>El paquete lo hizo una versión más nueva del programa (versión de paquete %1; esta versión lee hasta la %2). Actualice el programa para importarlo.</translation>
    </message>
    <message>
        <source>%1 (copy, %2)</source>
        <translation>%1 (copia, %2)</translation>
    </message>
    <message>
        <source>%1 (copy from %2, %3)</source>
        <translation>%1 (copia de %2, %3)</translation>
    </message>
    <message>
        <source>Nothing was imported: “%1” is replaced only after a backup of the database, and the backup failed. %2</source>
        <translation>No se importó nada: «%1» solo se reemplaza después de una copia de seguridad de la base de datos, y la copia falló. %2</translation>
    </message>
    <message>
        <source>The bundle could not be stored: %1 Nothing was imported.</source>
        <translation>No se pudo guardar el paquete: %1 No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle could not be stored. %1</source>
        <translation>No se pudo guardar el paquete. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: ltw demo [--db PATH]
Adds the sample Learning Team (a near miss at a loading dock, taken through to Share).
</source>
        <translation>Uso: ltw demo [--db RUTA]
Añade el Equipo de Aprendizaje de ejemplo (un casi accidente en un muelle de carga, llevado hasta Compartir).
</translation>
    </message>
    <message>
        <source>Usage: ltw list [--db PATH] [--json]
Lists the Learning Teams with their id, phase, team and number of notes.
</source>
        <translation>Uso: ltw list [--db RUTA] [--json]
Muestra los Equipos de Aprendizaje con su id, fase, equipo y número de notas.
</translation>
    </message>
    <message>
        <source>Usage: ltw import [--db PATH] [--as-copy | --replace] FILE
Imports a Learning Team bundle: all of it, or nothing if anything in it is wrong.
A Learning Team that is new here is imported. A copy imported before is updated when the bundle is
newer and it was not changed here, and left alone when the bundle is not newer. An import never
replaces a Learning Team that started in this database, and refuses (exit 2) to choose for you
when the copy here was changed since its last import:
  --as-copy   import the bundle beside the one here, as a separate copy with a title of its own
  --replace   take the bundle&apos;s content for a copy changed here (never for one that started
              here); facilitator-only notes, names and the redaction list stay
Before a Learning Team is replaced, a backup of the database is written to the backups folder
beside it.
</source>
        <translation>Uso: ltw import [--db RUTA] [--as-copy | --replace] ARCHIVO
Importa un paquete de un Equipo de Aprendizaje: entero, o nada si algo en él está mal.
Un Equipo de Aprendizaje nuevo aquí se importa. Una copia importada antes se actualiza si el paquete es
más reciente y aquí no se cambió, y se deja como está si el paquete no es más reciente. Una importación
nunca reemplaza un Equipo de Aprendizaje que nació en esta base de datos, y se niega (salida 2) a elegir
sola cuando la copia de aquí cambió desde su última importación:
  --as-copy   importar el paquete junto al de aquí, como copia aparte con un título propio
  --replace   tomar el contenido del paquete para una copia cambiada aquí (nunca para una que nació
              aquí); las notas solo para quien facilita, los nombres y la lista de ocultación se quedan
Antes de reemplazar un Equipo de Aprendizaje, se guarda una copia de seguridad de la base de datos en la
carpeta de copias que está a su lado.
</translation>
    </message>
    <message>
        <source>Usage: ltw check [--db PATH]
Checks the database: integrity, references, search index and schema version. Changes nothing.
</source>
        <translation>Uso: ltw check [--db RUTA]
Revisa la base de datos: integridad, referencias, índice de búsqueda y versión del esquema. No cambia nada.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist. Check the path; a new database is made by opening it in the workbench, or with &apos;ltw demo&apos; or &apos;ltw import&apos;</source>
        <translation>&quot;%1&quot; no existe. Revise la ruta; una base de datos nueva se crea al abrirla en el programa, o con &apos;ltw demo&apos; o &apos;ltw import&apos;</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write to &quot;%1&quot;: check that the folder exists and that you may write there</source>
        <translation>no se puede escribir en &quot;%1&quot;: compruebe que la carpeta existe y que tiene permiso para escribir en ella</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed (is the disk full?)</source>
        <translation>no se pudo escribir &quot;%1&quot; (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Added the sample Learning Team &quot;%1&quot; (id %2) to %3
</source>
        <translation>Se añadió el Equipo de Aprendizaje de ejemplo &quot;%1&quot; (id %2) a %3
</translation>
    </message>
    <message>
        <source>No Learning Teams yet. Add the sample with: ltw demo --db %1
</source>
        <translation>Todavía no hay Equipos de Aprendizaje. Añada el de ejemplo con: ltw demo --db %1
</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>--learning-team takes a Learning Team id (a number; see &apos;ltw list&apos;), not &apos;%1&apos;</source>
        <translation>--learning-team espera el id de un Equipo de Aprendizaje (un número; vea &apos;ltw list&apos;), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a size in pixels from 320 to 7680, not &apos;%2&apos;</source>
        <translation>--%1 espera un tamaño en píxeles de 320 a 7680, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--format must be json, pdf, odt, html, md or png, not &apos;%1&apos;</source>
        <translation>--format debe ser json, pdf, odt, html, md o png, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &apos;%1&apos;</source>
        <translation>--paper debe ser a4 o letter, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this build cannot draw pictures or pages</source>
        <translation>esta compilación no puede dibujar imágenes ni páginas</translation>
    </message>
    <message>
        <source>there is no Learning Team with id %1 in %2 (see &apos;ltw list&apos;)</source>
        <translation>no hay ningún Equipo de Aprendizaje con id %1 en %2 (vea &apos;ltw list&apos;)</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2
</source>
        <translation>Se exportó &quot;%1&quot; a %2
</translation>
    </message>
    <message>
        <source>import takes one bundle file</source>
        <translation>import espera un archivo de paquete</translation>
    </message>
    <message>
        <source>--as-copy and --replace do not go together: choose one</source>
        <translation>--as-copy y --replace no van juntos: elija uno</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>no se puede leer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2) into %3
</source>
        <translation>Se importó &quot;%1&quot; (id %2) en %3
</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2) into %3 as a separate copy
</source>
        <translation>Se importó &quot;%1&quot; (id %2) en %3 como copia aparte
</translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot; (id %2) in %3 to revision %4%5
</source>
        <translation>Se actualizó &quot;%1&quot; (id %2) en %3 a la revisión %4%5
</translation>
    </message>
    <message>
        <source>; the database as it was is in %1</source>
        <translation>; la base de datos tal como estaba quedó en %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (id %2) is already up to date in %3: %4; nothing was changed
</source>
        <translation>&quot;%1&quot; (id %2) ya está al día en %3: %4; no se cambió nada
</translation>
    </message>
    <message>
        <source>the bundle holds what was imported last time</source>
        <translation>el paquete contiene lo mismo que se importó la última vez</translation>
    </message>
    <message>
        <source>the bundle is at revision %1, and revision %2 was imported already</source>
        <translation>el paquete está en la revisión %1, y la revisión %2 ya se había importado</translation>
    </message>
    <message>
        <source>%1: schema version %2 (this version writes %3); integrity: %4
</source>
        <translation>%1: versión del esquema %2 (esta versión escribe la %3); integridad: %4
</translation>
    </message>
    <message>
        <source>the database has problems: %1. Restore the newest copy from the backups folder beside it</source>
        <translation>la base de datos tiene problemas: %1. Recupere la copia más reciente de la carpeta de copias de seguridad que está a su lado</translation>
    </message>
    <message>
        <source>ltw: unknown verb &apos;%1&apos;. Run &apos;ltw --help&apos; for the list.
</source>
        <translation>ltw: verbo desconocido &apos;%1&apos;. Ejecute &apos;ltw --help&apos; para ver la lista.
</translation>
    </message>
    <message>
        <source>ltw %1: %2. Run &apos;ltw %1 --help&apos;.
</source>
        <translation>ltw %1: %2. Ejecute &apos;ltw %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 espera un número de %2 a %3, no &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--kind is note, defense, action or shared_learning, not &apos;%1&apos;</source>
        <translation>--kind es note, defense, action o shared_learning, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search needs the words to look for</source>
        <translation>search necesita las palabras que buscar</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shared learning</source>
        <translation>Aprendizaje compartido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing found.
</source>
        <translation>No se encontró nada.
</translation>
    </message>
    <message>
        <source>%1 · %2 › %3 (Learning Team %4)
</source>
        <translation>%1 · %2 › %3 (Equipo de Aprendizaje %4)
</translation>
    </message>
    <message>
        <source>Learning Team Workbench %1

Usage: ltw [--db PATH]            open the workbench
       ltw VERB [options]         run a command and exit

Verbs:
  demo     add the sample Learning Team
  list     list the Learning Teams
  export   write a bundle or a share-out report
  import   import a bundle
  search   search every Learning Team (--org: and the organisation library)
  org      publish to, sync with and administer the organisation library
  check    check the database

--db PATH chooses the database; without it: %2
Run &apos;ltw VERB --help&apos; for a verb&apos;s options. Exit codes: 0 done, 1 usage error, 2 bad data,
3 queued for the organisation library (its server was not reached).
</source>
        <translation>Learning Team Workbench %1

Uso: ltw [--db RUTA]              abrir el programa
     ltw VERBO [opciones]         ejecutar una orden y salir

Verbos:
  demo     añadir el Equipo de Aprendizaje de ejemplo
  list     listar los Equipos de Aprendizaje
  export   guardar un paquete o un informe para compartir
  import   importar un paquete
  search   buscar en todos los Equipos de Aprendizaje (--org: también en la biblioteca de la organización)
  org      publicar en la biblioteca de la organización, sincronizarla y administrarla
  check    revisar la base de datos

--db RUTA elige la base de datos; sin ella: %2
Ejecute &apos;ltw VERBO --help&apos; para ver las opciones de un verbo. Códigos de salida: 0 hecho, 1 error de uso,
2 datos incorrectos, 3 en cola para la biblioteca de la organización (no se llegó a su servidor).
</translation>
    </message>
    <message>
        <source>Usage: ltw search [--db PATH] [--json] [--org] [--kind KIND]... [--team ID] [--limit N] [--] QUERY...
Searches everything captured in every Learning Team: notes, defenses, actions and shared learnings
(in that order), closest match first within each. Every word must match; a word also finds longer
words it begins. --limit (50 unless given) applies to each kind. Quotes,
brackets and operators are read as plain text. KIND is note, defense, action or shared_learning.
Matched words are shown **like this**. With --json, each result&apos;s &quot;title&quot; and &quot;snippet&quot; have a
&quot;text&quot; and &quot;marks&quot;: [begin, end) ranges of UTF-8 bytes of the text that matched. Put the query after
-- when it starts with --.
With --org, what the organisation library published (the mirror &apos;ltw org sync&apos; keeps) follows, each
result with its site and the day it was published.
</source>
        <translation>Uso: ltw search [--db RUTA] [--json] [--org] [--kind TIPO]... [--team ID] [--limit N] [--] CONSULTA...
Busca en todo lo anotado en cada Equipo de Aprendizaje: notas, defensas, acciones y aprendizajes
compartidos (en ese orden), primero lo más parecido dentro de cada uno. Cada palabra debe coincidir; una
palabra también encuentra las palabras más largas que empiezan por ella. --limit (50 si no se indica) vale
para cada tipo. Las comillas, los paréntesis y los operadores se leen como texto. TIPO es note, defense,
action o shared_learning. Las palabras encontradas se muestran **así**. Con --json, el &quot;title&quot; y el
&quot;snippet&quot; de cada resultado tienen &quot;text&quot; y &quot;marks&quot;: rangos [inicio, fin) de bytes UTF-8 del texto que
coincidió. Ponga la consulta después de -- cuando empiece por --.
Con --org, a continuación va lo que publicó la biblioteca de la organización (la copia que mantiene
&apos;ltw org sync&apos;), cada resultado con su sitio y el día en que se publicó.
</translation>
    </message>
    <message>
        <source>%1 · %2 › %3 (organisation library, published %4; uid %5)
</source>
        <translation>%1 · %2 › %3 (biblioteca de la organización, publicado el %4; uid %5)
</translation>
    </message>
    <message>
        <source>Usage: ltw org publish  [--db PATH] --learning-team ID [--visibility organisation|site] [--server CONNINFO]
       ltw org withdraw [--db PATH] --learning-team ID [--server CONNINFO]
       ltw org adopt    [--db PATH] --from UID --learning TITLE --team NAME --applies yes|partly|no
                        [--protects TEXT] [--server CONNINFO]
       ltw org sync     [--db PATH] [--server CONNINFO]
       ltw org status   [--db PATH]
       ltw org init     [--server CONNINFO]                       (the administrator)
       ltw org add-facilitator --role NAME --site SITE [--create-login] [--server CONNINFO]
The organisation library on the organisation&apos;s PostgreSQL server (15 or later).
publish  puts a redacted snapshot of the Learning Team (no names, no facilitator-only notes, the
         redaction list applied) in the outbox, then delivers it. --visibility site: only facilitators
         of your site can read it.
withdraw takes everything of the Learning Team published so far out of the library.
adopt    records your team&apos;s answer to a shared learning of the organisation (UID: the Learning Team
         it belongs to, as &apos;ltw search --org&apos; shows it): does it apply to us, and what already protects us.
sync     delivers the outbox, then pulls everything new into this database&apos;s read-only mirror, which
         &apos;ltw search --org&apos; searches.
init     creates or upgrades the library&apos;s schema on the server; add-facilitator lets a login role
         publish for a site.
CONNINFO is a libpq connection string or URI (&quot;host=db.example.org dbname=ltw sslmode=verify-full&quot;);
without --server, the server saved for this database, then the PG* environment variables. The server
given is saved for the database. Passwords never go in CONNINFO: use PGPASSWORD or ~/.pgpass.
--timeout SECONDS bounds each request (30 unless given).
Exit codes: 0 done, 1 usage error, 2 refused or bad data, 3 not delivered yet: the server could not be
reached, and the outbox keeps what was decided until the next sync.
</source>
        <translation>Uso: ltw org publish  [--db RUTA] --learning-team ID [--visibility organisation|site] [--server CONEXIÓN]
     ltw org withdraw [--db RUTA] --learning-team ID [--server CONEXIÓN]
     ltw org adopt    [--db RUTA] --from UID --learning TÍTULO --team NOMBRE --applies yes|partly|no
                      [--protects TEXTO] [--server CONEXIÓN]
     ltw org sync     [--db RUTA] [--server CONEXIÓN]
     ltw org status   [--db RUTA]
     ltw org init     [--server CONEXIÓN]                       (quien administra)
     ltw org add-facilitator --role NOMBRE --site SITIO [--create-login] [--server CONEXIÓN]
La biblioteca de la organización en su servidor PostgreSQL (versión 15 o posterior).
publish  pone en la bandeja de salida una instantánea ocultada del Equipo de Aprendizaje (sin nombres, sin
         notas privadas, con la lista de ocultación aplicada) y luego la envía. --visibility site: solo
         la pueden leer los facilitadores de su sitio.
withdraw saca de la biblioteca todo lo publicado hasta ahora del Equipo de Aprendizaje.
adopt    registra la respuesta de su equipo a un aprendizaje compartido de la organización (UID: el Equipo
         de Aprendizaje al que pertenece, como lo muestra &apos;ltw search --org&apos;): si vale para nosotros, y qué
         nos protege ya.
sync     envía la bandeja de salida y luego trae todo lo nuevo a la copia de solo lectura de esta base de
         datos, en la que busca &apos;ltw search --org&apos;.
init     crea o actualiza el esquema de la biblioteca en el servidor; add-facilitator permite a un rol de
         acceso publicar para un sitio.
CONEXIÓN es una cadena de conexión o URI de libpq (&quot;host=db.example.org dbname=ltw sslmode=verify-full&quot;);
sin --server, se usa el servidor guardado para esta base de datos y luego las variables de entorno PG*. El
servidor indicado se guarda para la base de datos. Las contraseñas nunca van en CONEXIÓN: use PGPASSWORD
o ~/.pgpass.
--timeout SEGUNDOS limita cada petición (30 si no se indica).
Códigos de salida: 0 hecho, 1 error de uso, 2 rechazado o datos incorrectos, 3 todavía sin enviar: no se
llegó al servidor, y la bandeja de salida guarda lo decidido hasta la próxima sincronización.
</translation>
    </message>
    <message>
        <source>Moment of the timeline</source>
        <translation>Momento de la línea de tiempo</translation>
    </message>
    <message>
        <source>Usage: ltw export [--db PATH] --learning-team ID --format json|pdf|odt|html|md|png --output FILE [--with-names] [--paper a4|letter] [--width W --height H] [--picture board|steps|timeline]
Writes a Learning Team as a bundle (json), its share-out report (pdf, odt, html, md), or the room&apos;s
shared picture of its current phase as an image (png, 1920x1080 unless --width and --height say;
in Learn, --picture chooses the board of notes, the steps of work as imagined and as done, or the
timeline of the event).
A pdf is on A4 paper, or US Letter with --paper letter. Participants&apos; names are replaced by their
roles unless --with-names is given (never drawn in a png); the terms of the Learning Team&apos;s
redaction list are replaced in every case. --output - writes to standard output.
</source>
        <translation>Uso: ltw export [--db RUTA] --learning-team ID --format json|pdf|odt|html|md|png --output ARCHIVO [--with-names] [--paper a4|letter] [--width AN --height AL] [--picture board|steps|timeline]
Guarda un Equipo de Aprendizaje como paquete (json), su informe para compartir (pdf, odt, html, md) o la
imagen compartida de la sala en su fase actual (png, 1920x1080 salvo que --width y --height digan otra cosa;
en Aprender, --picture elige el tablero de notas, los pasos del trabajo como se imagina y como se hace, o la
línea de tiempo del suceso).
Un pdf va en papel A4, o en Carta (EE. UU.) con --paper letter. Los nombres de los participantes se
sustituyen por su rol salvo con --with-names (en un png nunca aparecen); los términos de la lista de
ocultación del Equipo de Aprendizaje se sustituyen siempre. --output - escribe en la salida estándar.
</translation>
    </message>
    <message>
        <source>--picture must be board, steps or timeline, not &apos;%1&apos;</source>
        <translation>--picture debe ser board, steps o timeline, no «%1»</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Capture “%1”</source>
        <translation>Anotar «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover «%1» a %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Mover %n nota a %1</numerusform>
            <numerusform>Mover %n notas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the theme “%1”</source>
        <translation>Crear el tema «%1»</translation>
    </message>
    <message>
        <source>Remove the theme “%1”</source>
        <translation>Quitar el tema «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Eliminar %n nota</numerusform>
            <numerusform>Eliminar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marcar «%1» como hecha</translation>
    </message>
    <message>
        <source>Mark “%1” dropped</source>
        <translation>Marcar «%1» como descartada</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reabrir «%1»</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>%1 is already open in another workbench window (process %2 on %3). Switch to that window, or close it and try again.</source>
        <translation>%1 ya está abierta en otra ventana del programa (proceso %2 en %3). Vaya a esa ventana, o ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so no change can be kept there. To work on it, copy the file to a folder where you may write and open the copy with --db, or choose another database with --db.</source>
        <translation>No se puede escribir en la carpeta de %1, así que allí no se puede guardar ningún cambio. Para trabajar con ella, copie el archivo a una carpeta donde pueda escribir y abra la copia con --db, o elija otra base de datos con --db.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full (%2 free), so no change can be kept there. Free some space on it, then close the workbench and open it again; or copy the file to another disk and open the copy with --db.</source>
        <translation>El disco donde está %1 está lleno (%2 libres), así que allí no se puede guardar ningún cambio. Libere espacio, cierre el programa y vuelva a abrirlo; o copie el archivo a otro disco y abra la copia con --db.</translation>
    </message>
    <message>
        <source>The lock file %1.lock could not be written, so this window cannot make sure it is the only one changing %1. Check that its folder is on a disk you may write to; or copy the file to a folder where you may write and open the copy with --db, or choose another database with --db.</source>
        <translation>No se pudo escribir el archivo de bloqueo %1.lock, así que esta ventana no puede asegurarse de ser la única que cambia %1. Compruebe que su carpeta está en un disco donde pueda escribir; o copie el archivo a una carpeta donde pueda escribir y abra la copia con --db, o elija otra base de datos con --db.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <comment>this language&apos;s own name</comment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>NewLearningTeamDialog</name>
    <message>
        <source>New Learning Team</source>
        <translation>Nuevo Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Pick a team, or type the name of a new one</source>
        <translation>Elija un equipo, o escriba el nombre de uno nuevo</translation>
    </message>
    <message>
        <source>&amp;Site or department:</source>
        <translation>&amp;Sitio o área:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What this Learning Team is about, in a few words</source>
        <translation>De qué trata este Equipo de Aprendizaje, en pocas palabras</translation>
    </message>
    <message>
        <source>&amp;Learning from:</source>
        <translation>&amp;Aprender de:</translation>
    </message>
    <message>
        <source>Scope &amp;question:</source>
        <translation>&amp;Pregunta de alcance:</translation>
    </message>
    <message>
        <source>The question the group will explore together</source>
        <translation>La pregunta que el grupo explorará en conjunto</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>Patro&amp;cinador:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; — their role in the work. A name is optional and stays private to you: it is never shown to the room or exported unless you say so.</source>
        <translation>&lt;b&gt;Participantes&lt;/b&gt;: su rol en el trabajo. El nombre es opcional y es privado: nunca se muestra a la sala ni se exporta salvo que se indique.</translation>
    </message>
    <message>
        <source>Role in the work</source>
        <translation>Rol en el trabajo</translation>
    </message>
    <message>
        <source>Name (private, optional)</source>
        <translation>Nombre (privado, opcional)</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Añadir pa&amp;rticipante</translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation>&amp;Quitar participante</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>What we believe about people and work</source>
        <translation>Lo que creemos sobre las personas y el trabajo</translation>
    </message>
    <message>
        <source>People make mistakes. That is normal, not a failing.</source>
        <translation>Las personas se equivocan. Es normal, no un defecto.</translation>
    </message>
    <message>
        <source>Blaming someone changes nothing about the work.</source>
        <translation>Culpar a alguien no cambia nada del trabajo.</translation>
    </message>
    <message>
        <source>The setting shapes what people do.</source>
        <translation>El entorno moldea lo que hacen las personas.</translation>
    </message>
    <message>
        <source>We keep learning and improving, always.</source>
        <translation>Seguimos aprendiendo y mejorando, siempre.</translation>
    </message>
    <message>
        <source>How leaders respond decides what they hear next time.</source>
        <translation>Cómo responde el liderazgo decide lo que oirá la próxima vez.</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>Armar la línea de tiempo</translation>
    </message>
    <message>
        <source>Before: what was a normal day like, that day?</source>
        <translation>Antes: ¿cómo era un día normal, ese día?</translation>
    </message>
    <message>
        <source>The moment: when did things start to change?</source>
        <translation>El momento: ¿cuándo empezaron a cambiar las cosas?</translation>
    </message>
    <message>
        <source>What did people notice, what did they do, and why?</source>
        <translation>¿Qué notaron las personas, qué hicieron y por qué?</translation>
    </message>
    <message>
        <source>After: what helped things recover?</source>
        <translation>Después: ¿qué ayudó a recuperarse?</translation>
    </message>
    <message>
        <source>What made sense at the time?</source>
        <translation>¿Qué tenía sentido en ese momento?</translation>
    </message>
    <message>
        <source>What did people know and see in that moment?</source>
        <translation>¿Qué sabían y veían las personas en ese momento?</translation>
    </message>
    <message>
        <source>What were they trying to get done?</source>
        <translation>¿Qué intentaban lograr?</translation>
    </message>
    <message>
        <source>Why did that look like the right move then?</source>
        <translation>¿Por qué parecía lo correcto en ese momento?</translation>
    </message>
    <message>
        <source>What makes this job easy, or hard?</source>
        <translation>¿Qué hace este trabajo fácil, o difícil?</translation>
    </message>
    <message>
        <source>On a good day, what helps the work go well?</source>
        <translation>En un buen día, ¿qué ayuda a que el trabajo salga bien?</translation>
    </message>
    <message>
        <source>On a bad day, what gets in the way?</source>
        <translation>En un mal día, ¿qué estorba?</translation>
    </message>
    <message>
        <source>What do you need that you do not have?</source>
        <translation>¿Qué necesitan que no tienen?</translation>
    </message>
    <message>
        <source>The 4Ds</source>
        <translation>Las 4D</translation>
    </message>
    <message>
        <source>Dumb: what here makes no sense to you?</source>
        <translation>Disparatado: ¿qué no tiene sentido aquí?</translation>
    </message>
    <message>
        <source>Dangerous: what could hurt someone?</source>
        <translation>Peligroso: ¿qué podría lastimar a alguien?</translation>
    </message>
    <message>
        <source>Difficult: what is harder than it should be?</source>
        <translation>Difícil: ¿qué cuesta más de lo que debería?</translation>
    </message>
    <message>
        <source>Different: what has changed, or differs from the plan?</source>
        <translation>Distinto: ¿qué cambió, o es diferente del plan?</translation>
    </message>
    <message>
        <source>Where does the work depend on an adaptation?</source>
        <translation>¿Dónde depende el trabajo de una adaptación?</translation>
    </message>
    <message>
        <source>Where do you do it differently from the procedure?</source>
        <translation>¿Dónde lo hacen distinto de lo que dice el procedimiento?</translation>
    </message>
    <message>
        <source>What do you do to make up for something missing?</source>
        <translation>¿Qué hacen para suplir algo que falta?</translation>
    </message>
    <message>
        <source>What would happen if you stopped doing that?</source>
        <translation>¿Qué pasaría si dejaran de hacerlo?</translation>
    </message>
    <message>
        <source>The 4Ls</source>
        <translation>Las 4A</translation>
    </message>
    <message>
        <source>Liked: what worked well?</source>
        <translation>Agradó: ¿qué funcionó bien?</translation>
    </message>
    <message>
        <source>Lacked: what was missing?</source>
        <translation>Ausente: ¿qué faltó?</translation>
    </message>
    <message>
        <source>Longed for: what do you wish you had?</source>
        <translation>Anhelado: ¿qué les gustaría tener?</translation>
    </message>
    <message>
        <source>Learned: what do you know now that you did not before?</source>
        <translation>Aprendido: ¿qué saben ahora que antes no sabían?</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Type to find</source>
        <translation>Escriba para buscar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shared learning</source>
        <translation>Aprendizaje compartido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>a bundle</source>
        <translation>un paquete</translation>
    </message>
    <message>
        <source> (facilitator %1)</source>
        <translation> (facilitador: %1)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <source>, updated %n time(s)</source>
        <translation>
            <numerusform>, actualizado %n vez</numerusform>
            <numerusform>, actualizado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>not reviewed by another team yet</source>
        <translation>todavía sin revisar por otro equipo</translation>
    </message>
    <message numerus="yes">
        <source>reviewed by %n team(s)</source>
        <translation>
            <numerusform>revisado por %n equipo</numerusform>
            <numerusform>revisado por %n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at %n site(s)</source>
        <translation>
            <numerusform>en %n sitio</numerusform>
            <numerusform>en %n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applies at %n</source>
        <translation>
            <numerusform>vale en %n</numerusform>
            <numerusform>vale en %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Moment of the timeline</source>
        <translation>Momento de la línea de tiempo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <comment>the language of the report, as HTML names it</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>%1 — share-out report</source>
        <translation>%1 — informe para compartir</translation>
    </message>
    <message>
        <source>Work as imagined, work as done</source>
        <translation>El trabajo como se imagina, el trabajo como se hace</translation>
    </message>
    <message>
        <source>On the left, the work as procedures and plans describe it; on the right, the work as the people who do it told it.</source>
        <translation>A la izquierda, el trabajo como lo describen los procedimientos y los planes; a la derecha, el trabajo como lo contaron quienes lo hacen.</translation>
    </message>
    <message>
        <source>Stories from the work</source>
        <translation>Relatos del trabajo</translation>
    </message>
    <message>
        <source>What it answers</source>
        <translation>A qué responde</translation>
    </message>
    <message>
        <source>Actions that build or mend it</source>
        <translation>Acciones que la construyen o la reparan</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>Gaps: what no defense answers yet</source>
        <translation>Brechas: lo que ninguna defensa cubre todavía</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>How we’ll know it worked</source>
        <translation>Cómo sabremos que funcionó</translation>
    </message>
    <message>
        <source>Shared learnings</source>
        <translation>Aprendizajes compartidos</translation>
    </message>
    <message>
        <source>Look-fors: signs you may see in your own work</source>
        <translation>Señales a observar: lo que podría ver en su propio trabajo</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Work as imagined: the steps as procedures and plans describe them</source>
        <translation>El trabajo como se imagina: los pasos como los describen los procedimientos y los planes</translation>
    </message>
    <message>
        <source>Work as done: the steps as the people who do them told it</source>
        <translation>El trabajo como se hace: los pasos como los contaron quienes los hacen</translation>
    </message>
    <message>
        <source>rated</source>
        <comment>a defense, rated Working</comment>
        <translation>calificada como</translation>
    </message>
    <message>
        <source>Look-fors, signs you may see in your own work:</source>
        <translation>Señales a observar, lo que podría ver en su propio trabajo:</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Site or department</source>
        <translation>Sitio o área</translation>
    </message>
    <message>
        <source>Kind of learning</source>
        <translation>Tipo de aprendizaje</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Soak period</source>
        <translation>Periodo de reposo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step of work as imagined</source>
        <translation>Paso del trabajo como se imagina</translation>
    </message>
    <message>
        <source>Step of work as done</source>
        <translation>Paso del trabajo como se hace</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Untitled theme</source>
        <translation>Tema sin título</translation>
    </message>
    <message>
        <source>Defense: %1</source>
        <translation>Defensa: %1</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Untitled defense</source>
        <translation>Defensa sin título</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (responsable)</translation>
    </message>
    <message>
        <source>%1 (how we’ll know)</source>
        <translation>%1 (cómo lo sabremos)</translation>
    </message>
    <message>
        <source>Shared learning: %1</source>
        <translation>Aprendizaje compartido: %1</translation>
    </message>
    <message>
        <source>Shared learning</source>
        <translation>Aprendizaje compartido</translation>
    </message>
    <message>
        <source>Untitled learning</source>
        <translation>Aprendizaje sin título</translation>
    </message>
    <message>
        <source>%1 (audience)</source>
        <translation>%1 (destinatarios)</translation>
    </message>
    <message>
        <source>%1 (look-for)</source>
        <translation>%1 (señal a observar)</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Abierto en %1</translation>
    </message>
    <message>
        <source>Reason for a phase change</source>
        <translation>Motivo de un cambio de fase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Untitled Learning Team</source>
        <translation>Equipo de Aprendizaje sin título</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What makes the work easy</source>
        <translation>Lo que facilita el trabajo</translation>
    </message>
    <message>
        <source>What makes the work hard</source>
        <translation>Lo que dificulta el trabajo</translation>
    </message>
    <message>
        <source>Adaptations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>How people adjust so that the work gets done.</source>
        <translation>Cómo se ajustan las personas para que el trabajo salga.</translation>
    </message>
    <message>
        <source>Tradeoffs</source>
        <translation>Disyuntivas</translation>
    </message>
    <message>
        <source>Where one goal gives way to another.</source>
        <translation>Dónde una meta cede ante otra.</translation>
    </message>
    <message>
        <source>Weak signals</source>
        <translation>Señales débiles</translation>
    </message>
    <message>
        <source>Small things that do not ask for attention yet, but matter over time.</source>
        <translation>Cosas pequeñas que todavía no llaman la atención, pero que con el tiempo importan.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Reflections after the soak</source>
        <translation>Reflexiones después del reposo</translation>
    </message>
    <message>
        <source>What settled once people had time to think and to talk it over.</source>
        <translation>Lo que se asentó una vez que las personas tuvieron tiempo para pensarlo y conversarlo.</translation>
    </message>
    <message>
        <source>Ideas parked along the way</source>
        <translation>Ideas que quedaron en espera</translation>
    </message>
    <message>
        <source>Fixes people suggested while the stories were told; what came of them is in the defenses and actions.</source>
        <translation>Arreglos que se propusieron mientras se contaban los relatos; lo que salió de ellos está en las defensas y las acciones.</translation>
    </message>
    <message>
        <source>The sponsor’s response</source>
        <translation>La respuesta del patrocinador</translation>
    </message>
    <message>
        <source>Share-out report of a Learning Team</source>
        <translation>Informe para compartir de un Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>Themes from the soak</source>
        <translation>Temas del reposo</translation>
    </message>
    <message>
        <source>Patterns the group saw once the stories had settled, with the notes that led to each.</source>
        <translation>Patrones que el grupo vio una vez asentados los relatos, con las notas que llevaron a cada uno.</translation>
    </message>
    <message>
        <source>The shared picture</source>
        <translation>La imagen compartida</translation>
    </message>
    <message>
        <source>What was heard, the defenses that answer it and the actions that build or mend them. Notes that no defense answers yet are marked as gaps.</source>
        <translation>Lo que se escuchó, las defensas que le responden y las acciones que las construyen o reparan. Las notas que ninguna defensa cubre todavía se marcan como brechas.</translation>
    </message>
    <message>
        <source>The defenses map</source>
        <translation>El mapa de defensas</translation>
    </message>
    <message>
        <source>What was heard, by kind of note</source>
        <translation>Lo que se escuchó, por tipo de nota</translation>
    </message>
    <message>
        <source>Participants are shown by the role they play in the work; their names are left out.</source>
        <translation>Los participantes aparecen con el rol que cumplen en el trabajo; sus nombres se omiten.</translation>
    </message>
    <message>
        <source>The question we set out to understand</source>
        <translation>La pregunta que quisimos entender</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Gaps: no defense answers these yet</source>
        <translation>Brechas: ninguna defensa las cubre todavía</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Lo que se escuchó</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more it answers</source>
        <translation>
            <numerusform>+ %n más a la que responde</numerusform>
            <numerusform>+ %n más a las que responde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more defense(s), listed in the report</source>
        <translation>
            <numerusform>+ %n defensa más, en la lista del informe</numerusform>
            <numerusform>+ %n defensas más, en la lista del informe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more gap(s), listed in the report</source>
        <translation>
            <numerusform>+ %n brecha más, en la lista del informe</numerusform>
            <numerusform>+ %n brechas más, en la lista del informe</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed by %1 at %2 of the organisation; it applies at %3.</source>
        <translation>Lo revisaron %1 en %2 de la organización; vale en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>En otros lugares:</translation>
    </message>
    <message>
        <source>Moment of the timeline</source>
        <translation>Momento de la línea de tiempo</translation>
    </message>
    <message>
        <source>%1 (where)</source>
        <translation>%1 (dónde)</translation>
    </message>
    <message>
        <source>%1 (who)</source>
        <translation>%1 (quién)</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>Timeline of the event</source>
        <translation>Línea de tiempo del suceso</translation>
    </message>
    <message>
        <source>What happened, moment by moment, as the people who were there recalled it, with what they noticed at each moment. A time is shown where someone knew it.</source>
        <translation>Lo que pasó, momento a momento, tal como lo recordaron quienes estaban allí, con lo que notaron en cada momento. Se indica la hora cuando alguien la sabía.</translation>
    </message>
    <message>
        <source>The timeline of the event</source>
        <translation>La línea de tiempo del suceso</translation>
    </message>
    <message>
        <source>How the Learning Team ran</source>
        <translation>Cómo transcurrió el Equipo de Aprendizaje</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>A theme without a name yet</source>
        <translation>Un tema todavía sin nombre</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>Todavía sin tema</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>New, to build</source>
        <translation>Nueva, por construir</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Sin calificar todavía</translation>
    </message>
    <message>
        <source>Gaps: nothing answers these yet</source>
        <translation>Brechas: nada las cubre todavía</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · vence el %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n vote(s)</source>
        <translation>
            <numerusform> · %n voto</numerusform>
            <numerusform> · %n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>look for</source>
        <translation>observar</translation>
    </message>
    <message>
        <source>%1: the steps of the work</source>
        <translation>%1: los pasos del trabajo</translation>
    </message>
    <message>
        <source>%1: the timeline</source>
        <translation>%1: la línea de tiempo</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 después</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>The shared picture grows here as the room talks.</source>
        <translation>La imagen compartida crece aquí a medida que la sala conversa.</translation>
    </message>
    <message>
        <source>+ %1 earlier</source>
        <translation>+ %1 anteriores</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source>The steps of the work appear here as they are written down.</source>
        <translation>Los pasos del trabajo aparecen aquí a medida que se escriben.</translation>
    </message>
    <message>
        <source>The moments of the event appear here as the room recalls them.</source>
        <translation>Los momentos del suceso aparecen aquí a medida que la sala los recuerda.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) attached</source>
        <translation>
            <numerusform>%n nota adjunta</numerusform>
            <numerusform>%n notas adjuntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n earlier step(s)</source>
        <translation>
            <numerusform>+ %n paso anterior</numerusform>
            <numerusform>+ %n pasos anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n earlier moment(s)</source>
        <translation>
            <numerusform>+ %n momento anterior</numerusform>
            <numerusform>+ %n momentos anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The Learning Team is already in %1.</source>
        <translation>El Equipo de Aprendizaje ya está en %1.</translation>
    </message>
    <message>
        <source>Go one phase at a time: from %1 the next phase is %2.</source>
        <translation>Avance de una fase a la vez: después de %1 viene %2.</translation>
    </message>
    <message>
        <source>Go back one phase at a time: from %1 the previous phase is %2.</source>
        <translation>Retroceda de una fase a la vez: antes de %1 está %2.</translation>
    </message>
    <message>
        <source>Nothing has been captured yet, so the group has nothing to soak on. Move to Soak anyway?</source>
        <translation>Todavía no se anotó nada, así que el grupo no tiene nada que dejar reposar. ¿Pasar a Reposar de todos modos?</translation>
    </message>
    <message>
        <source>The soak period is planned to end on %1 (%2 from now). Stories settle with time; start solving early anyway?</source>
        <translation>El reposo está previsto hasta el %1 (faltan %2). Los relatos se asientan con el tiempo; ¿empezar a resolver antes de todos modos?</translation>
    </message>
    <message>
        <source>Share needs at least one shared learning: write down what other teams should recognise, with its look-fors, then move to Share.</source>
        <translation>Compartir necesita al menos un aprendizaje compartido: escriba lo que otros equipos deberían reconocer, con sus señales a observar, y luego pase a Compartir.</translation>
    </message>
    <message numerus="yes">
        <source>Open actions without an owner yet: %n. Share anyway?</source>
        <translation>
            <numerusform>Hay %n acción abierta todavía sin responsable. ¿Compartir de todos modos?</numerusform>
            <numerusform>Hay %n acciones abiertas todavía sin responsable. ¿Compartir de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>A Learning Team closes with at least one shared learning; add one first.</source>
        <translation>Un Equipo de Aprendizaje se cierra con al menos un aprendizaje compartido; añada uno primero.</translation>
    </message>
    <message>
        <source>Confirmed by the facilitator: %1</source>
        <translation>Confirmado por el facilitador: %1</translation>
    </message>
    <message>
        <source>The backup at this phase change was not made. %1</source>
        <translation>No se hizo la copia de seguridad de este cambio de fase. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This database is open read-only: nothing can be changed, and nothing was saved. Reading, searching and exporting still work; to make changes, open a copy in a folder you can write to.</source>
        <translation>Esta base de datos está abierta en solo lectura: no se puede cambiar nada, y no se guardó nada. Leer, buscar y exportar siguen funcionando; para hacer cambios, abra una copia en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>No se guardó nada: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its latest changes are still in %2, which can only be read where something can be written beside it. Copy both files together to a folder you can write to, and open the copy with --db.</source>
        <translation>%1 no se puede leer aquí: sus últimos cambios siguen en %2, que solo se puede leer donde se pueda escribir a su lado. Copie los dos archivos juntos a una carpeta donde pueda escribir y abra la copia con --db.</translation>
    </message>
    <message>
        <source>%1 holds no workbench data yet, and it cannot be made here because nothing can be written. Choose another database with --db.</source>
        <translation>%1 todavía no tiene datos del programa, y no se pueden crear aquí porque no se puede escribir nada. Elija otra base de datos con --db.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that you have permission to open it.</source>
        <translation>%1 no se puede leer. Compruebe que tiene permiso para abrirla.</translation>
    </message>
    <message>
        <source>%1 is not a workbench database (it is not an SQLite file). It was left untouched; choose another file.</source>
        <translation>%1 no es una base de datos del programa (no es un archivo SQLite). Quedó intacto; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It was left untouched.</source>
        <translation>%1 no se puede leer como base de datos (%2). Quedó intacto.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of the workbench. It was left untouched; choose another file.</source>
        <translation>%1 es una base de datos de otro programa, no de este. Quedó intacto; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the workbench (schema %2, this version reads up to %3). It was left untouched; update the workbench to open it.</source>
        <translation>%1 lo escribió una versión más nueva del programa (esquema %2; esta versión lee hasta el %3). Quedó intacto; actualice el programa para abrirlo.</translation>
    </message>
    <message>
        <source>%1 was written by an earlier version of the workbench (schema %2, this version reads %3). It must be brought up to date before it can be read, and that cannot be done read-only. Copy it to a folder you can write to and open the copy with --db.</source>
        <translation>%1 lo escribió una versión anterior del programa (esquema %2; esta versión lee el %3). Hay que ponerlo al día antes de leerlo, y eso no se puede hacer en solo lectura. Cópielo a una carpeta donde pueda escribir y abra la copia con --db.</translation>
    </message>
    <message>
        <source>%1 could not be opened for reading: %2.</source>
        <translation>%1 no se pudo abrir para leer: %2.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it. Close it there and try again.</source>
        <translation>%1 está en uso por otro programa que escribe en él. Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 no se pudo abrir: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>A backup copy could not be written to %1: %2</source>
        <translation>No se pudo escribir una copia de seguridad en %1: %2</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 h</source>
        <comment>hours of a gap in time</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of a gap in time</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <comment>a moment placed by hand before the clock says</comment>
        <translation>%1 antes</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learning from work</source>
        <translation>Aprender del trabajo</translation>
    </message>
    <message>
        <source>Learning from change</source>
        <translation>Aprender de un cambio</translation>
    </message>
    <message>
        <source>Learning from an event</source>
        <translation>Aprender de un suceso</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Soak</source>
        <translation>Reposar</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Makes it easy</source>
        <translation>Lo facilita</translation>
    </message>
    <message>
        <source>Makes it hard</source>
        <translation>Lo dificulta</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Tradeoff</source>
        <translation>Disyuntiva</translation>
    </message>
    <message>
        <source>Weak signal</source>
        <translation>Señal débil</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Pregunta abierta</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Ideas en espera</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Work as imagined</source>
        <translation>Trabajo como se imagina</translation>
    </message>
    <message>
        <source>Work as done</source>
        <translation>Trabajo como se hace</translation>
    </message>
    <message>
        <source>Existing defense</source>
        <translation>Defensa existente</translation>
    </message>
    <message>
        <source>New defense</source>
        <translation>Defensa nueva</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Deteriorada</translation>
    </message>
    <message>
        <source>Hard to use</source>
        <translation>Difícil de usar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>ltw::gui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Your work is kept in %1</source>
        <translation>Su trabajo se guarda en %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ActionDelegate</name>
    <message>
        <source>No defense</source>
        <translation>Sin defensa</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ActionReviewDialog</name>
    <message>
        <source>Open actions from earlier Learning Teams</source>
        <translation>Acciones abiertas de Equipos de Aprendizaje anteriores</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecha</translation>
    </message>
    <message>
        <source>It was done: mark it done</source>
        <translation>Se hizo: marcarla como hecha</translation>
    </message>
    <message>
        <source>D&amp;ropped</source>
        <translation>&amp;Descartada</translation>
    </message>
    <message>
        <source>It will not be done: mark it dropped</source>
        <translation>No se hará: marcarla como descartada</translation>
    </message>
    <message>
        <source>&amp;Still open</source>
        <translation>&amp;Sigue abierta</translation>
    </message>
    <message>
        <source>It is still to do: leave it open and take it off this list</source>
        <translation>Todavía está por hacer: dejarla abierta y quitarla de esta lista</translation>
    </message>
    <message>
        <source>&amp;Open its Learning Team</source>
        <translation>&amp;Abrir su Equipo de Aprendizaje</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s earlier Learning Teams left %n action(s) open. Before deciding new ones: was it done, dropped, or is it still to do?</source>
        <translation>
            <numerusform>Los Equipos de Aprendizaje anteriores de &lt;b&gt;%1&lt;/b&gt; dejaron %n acción abierta. Antes de decidir acciones nuevas: ¿se hizo, se descartó o sigue por hacer?</numerusform>
            <numerusform>Los Equipos de Aprendizaje anteriores de &lt;b&gt;%1&lt;/b&gt; dejaron %n acciones abiertas. Antes de decidir acciones nuevas: ¿se hicieron, se descartaron o siguen por hacer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n is overdue.</source>
        <translation>
            <numerusform>%n está vencida.</numerusform>
            <numerusform>%n están vencidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::ActionTableModel</name>
    <message>
        <source>Nobody owns this yet</source>
        <translation>Todavía nadie se hace cargo</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s); + and − change them</source>
        <translation>
            <numerusform>%n voto; + y − lo cambian</numerusform>
            <numerusform>%n votos; + y − los cambian</numerusform>
        </translation>
    </message>
    <message>
        <source>What we&apos;ll change</source>
        <translation>Qué cambiaremos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>How we&apos;ll know it worked</source>
        <translation>Cómo sabremos que funcionó</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Rename the action “%1”</source>
        <translation>Renombrar la acción «%1»</translation>
    </message>
    <message>
        <source>Set the owner of “%1”</source>
        <translation>Asignar responsable a «%1»</translation>
    </message>
    <message>
        <source>Set the due date of “%1”</source>
        <translation>Poner fecha límite a «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marcar «%1» como %2</translation>
    </message>
    <message>
        <source>Say how we&apos;ll know “%1” worked</source>
        <translation>Decir cómo sabremos que «%1» funcionó</translation>
    </message>
    <message>
        <source>Link “%1” to a defense</source>
        <translation>Vincular «%1» a una defensa</translation>
    </message>
    <message>
        <source>Vote on “%1”</source>
        <translation>Votar por «%1»</translation>
    </message>
</context>
<context>
    <name>ltw::gui::AnswerDialog</name>
    <message>
        <source>Does this apply to us?</source>
        <translation>¿Esto vale para nosotros?</translation>
    </message>
    <message>
        <source>&amp;Yes, it applies to our work</source>
        <translation>&amp;Sí, vale para nuestro trabajo</translation>
    </message>
    <message>
        <source>&amp;Not here</source>
        <translation>&amp;Aquí no</translation>
    </message>
    <message>
        <source>What already protects us, in the work as it is done</source>
        <translation>Lo que ya nos protege, en el trabajo como se hace</translation>
    </message>
    <message>
        <source>Our answer:</source>
        <translation>Nuestra respuesta:</translation>
    </message>
    <message>
        <source>What already &amp;protects us:</source>
        <translation>Lo que ya nos &amp;protege:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>The answer is published to the organisation library with your team&apos;s name and site, so that others see where the learning holds.</source>
        <translation>La respuesta se publica en la biblioteca de la organización con el nombre y el sitio de su equipo, para que otros vean dónde se cumple lo aprendido.</translation>
    </message>
    <message>
        <source>&amp;Record the answer</source>
        <translation>&amp;Registrar la respuesta</translation>
    </message>
    <message>
        <source>P&amp;artly</source>
        <translation>E&amp;n parte</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ninguna acción</translation>
    </message>
    <message>
        <source>What we will do about it</source>
        <translation>Lo que haremos al respecto</translation>
    </message>
    <message>
        <source>Add an a&amp;ction to:</source>
        <translation>Añadir una a&amp;cción en:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acc&amp;ión:</translation>
    </message>
</context>
<context>
    <name>ltw::gui::BundleImporter</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Workbench bundle (*.json);;All files (*)</source>
        <translation>Paquete del programa (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation>No se importó nada de %1.
%2</translation>
    </message>
    <message>
        <source>“%1” is already up to date; nothing was changed.</source>
        <translation>«%1» ya está al día; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>No se importó nada de %1.</translation>
    </message>
    <message>
        <source>Import a copy of “%1”</source>
        <translation>Importar una copia de «%1»</translation>
    </message>
    <message>
        <source>Update “%1” from a bundle</source>
        <translation>Actualizar «%1» desde un paquete</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importar «%1»</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>Se importó «%1» de %2.</translation>
    </message>
    <message>
        <source>Imported %1 as a separate copy, “%2”.</source>
        <translation>Se importó %1 como copia aparte, «%2».</translation>
    </message>
    <message>
        <source>Updated “%1” from %2: it now holds what the bundle holds, and your facilitator-only notes, names and redaction list.</source>
        <translation>Se actualizó «%1» desde %2: ahora tiene lo que trae el paquete, y además sus notas privadas, los nombres y la lista de ocultación.</translation>
    </message>
    <message>
        <source>The database as it was is saved in %1.</source>
        <translation>La base de datos tal como estaba quedó guardada en %1.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>ltw::gui::DefenseListModel</name>
    <message>
        <source>To build</source>
        <translation>Por construir</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Rename the defense “%1”</source>
        <translation>Renombrar la defensa «%1»</translation>
    </message>
    <message>
        <source>answers no note yet</source>
        <translation>todavía no responde a ninguna nota</translation>
    </message>
    <message numerus="yes">
        <source>answers %n note(s)</source>
        <translation>
            <numerusform>responde a %n nota</numerusform>
            <numerusform>responde a %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::DefensePanel</name>
    <message>
        <source>Name a defense, then Enter</source>
        <translation>Nombre de una defensa, y luego Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>Delete defense</source>
        <translation>Eliminar defensa</translation>
    </message>
    <message>
        <source>Delete the selected defense (Delete); Ctrl+Z brings it back with its links</source>
        <translation>Eliminar la defensa seleccionada (Supr); Ctrl+Z la recupera con sus vínculos</translation>
    </message>
    <message>
        <source>What already protects the work, rated as it really is, and what we would build.</source>
        <translation>Lo que ya protege el trabajo, calificado como es de verdad, y lo que construiríamos.</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Sin calificar todavía</translation>
    </message>
    <message>
        <source>What it is, and how it really works on a normal day</source>
        <translation>Qué es y cómo funciona de verdad en un día normal</translation>
    </message>
    <message>
        <source>Rename the defense “%1”</source>
        <translation>Renombrar la defensa «%1»</translation>
    </message>
    <message>
        <source>Make a defense one to build</source>
        <translation>Pasar una defensa a «por construir»</translation>
    </message>
    <message>
        <source>Make a defense an existing one</source>
        <translation>Pasar una defensa a «existente»</translation>
    </message>
    <message>
        <source>Rate a defense as “%1”</source>
        <translation>Calificar una defensa como «%1»</translation>
    </message>
    <message>
        <source>Describe a defense</source>
        <translation>Describir una defensa</translation>
    </message>
    <message>
        <source>Notes the selected defense answers</source>
        <translation>Notas a las que responde la defensa seleccionada</translation>
    </message>
    <message>
        <source>Link notes…</source>
        <translation>Vincular notas…</translation>
    </message>
    <message>
        <source>Choose the conditions, weak signals and adaptations this defense answers</source>
        <translation>Elegir las condiciones, señales débiles y adaptaciones a las que responde esta defensa</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers these notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Responde a estas notas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Selected defense</source>
        <translation>Defensa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Calificación</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>ltw::gui::DueDateEditor</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Take the due date away</source>
        <translation>Quitar la fecha límite</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ExportService</name>
    <message>
        <source>Saved %1, with participants&apos; names.</source>
        <translation>Se guardó %1, con los nombres de los participantes.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
Nothing was written. Choose another folder, or check that there is space on the disk, and try again.</source>
        <translation>No se pudo guardar %1: %2
No se escribió nada. Elija otra carpeta, o compruebe que queda espacio en el disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The export did not work</source>
        <translation>La exportación no funcionó</translation>
    </message>
    <message>
        <source>Workbench bundle (*.json)</source>
        <translation>Paquete del programa (*.json)</translation>
    </message>
    <message>
        <source>Image (*.png)</source>
        <translation>Imagen (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word processor document (*.odt)</source>
        <translation>Documento de texto (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Printing the share-out report…</source>
        <translation>Imprimiendo el informe para compartir…</translation>
    </message>
    <message>
        <source>Writing the share-out report…</source>
        <translation>Escribiendo el informe para compartir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Página %1 de %2…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Sent the report to %1.</source>
        <translation>Se envió el informe a %1.</translation>
    </message>
</context>
<context>
    <name>ltw::gui::FollowThroughModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Learning Team</source>
        <translation>Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>todavía sin responsable</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — vencida</translation>
    </message>
    <message>
        <source>How we&apos;ll know it worked: %1</source>
        <translation>Cómo sabremos que funcionó: %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ImportDecisionDialog</name>
    <message>
        <source>made by %1 on %2</source>
        <translation>hecho por %1 el %2</translation>
    </message>
    <message>
        <source>made by %1</source>
        <translation>hecho por %1</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>This Learning Team started here</source>
        <translation>Este Equipo de Aprendizaje nació aquí</translation>
    </message>
    <message>
        <source>%1 started on this laptop, and this bundle is a copy of it%2.</source>
        <translation>%1 nació en esta máquina, y este paquete es una copia suya%2.</translation>
    </message>
    <message>
        <source>An import never replaces a Learning Team that started here, so nothing written here can be lost.</source>
        <translation>Una importación nunca reemplaza un Equipo de Aprendizaje que nació aquí, así que nada de lo escrito aquí se puede perder.</translation>
    </message>
    <message>
        <source>You can import the bundle as a separate copy, called %1, and keep both.</source>
        <translation>Puede importar el paquete como copia aparte, llamada %1, y conservar ambos.</translation>
    </message>
    <message>
        <source>Import as a separate copy</source>
        <translation>Importar como copia aparte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Ya está al día</translation>
    </message>
    <message>
        <source>%1 here already holds everything this bundle holds.</source>
        <translation>%1 ya tiene aquí todo lo que trae este paquete.</translation>
    </message>
    <message>
        <source>This bundle holds revision %1 of %2, and revision %3 was imported here already: it is not newer.</source>
        <translation>Este paquete trae la revisión %1 de %2, y aquí ya se importó la revisión %3: no es más reciente.</translation>
    </message>
    <message>
        <source>Nothing was changed. If you want what the bundle holds anyway, import it as a separate copy.</source>
        <translation>No se cambió nada. Si de todos modos quiere lo que trae el paquete, impórtelo como copia aparte.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Both sides changed this Learning Team</source>
        <translation>Ambos lados cambiaron este Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>%1 was changed on this laptop since it was imported, and this bundle%2 changes it too.</source>
        <translation>%1 cambió en esta máquina desde que se importó, y este paquete%2 también lo cambia.</translation>
    </message>
    <message>
        <source>What each side changed since the last import:</source>
        <translation>Lo que cambió cada lado desde la última importación:</translation>
    </message>
    <message>
        <source>It was imported by an earlier version of the workbench, which kept no record of what it held then, so the bundle can only be compared with what is here now:</source>
        <translation>Lo importó una versión anterior del programa, que no guardaba registro de lo que tenía entonces, así que el paquete solo se puede comparar con lo que hay aquí ahora:</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Cambiado aquí</translation>
    </message>
    <message>
        <source>The bundle, against what is here</source>
        <translation>El paquete, frente a lo que hay aquí</translation>
    </message>
    <message>
        <source>Changed in the bundle</source>
        <translation>Cambiado en el paquete</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Shared learnings</source>
        <translation>Aprendizajes compartidos</translation>
    </message>
    <message>
        <source>Title, scope, summary, phase</source>
        <translation>Título, alcance, resumen, fase</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Choose what to keep:</source>
        <translation>Elija qué conservar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep mine&lt;/b&gt;: import nothing; this laptop stays as it is.</source>
        <translation>&lt;b&gt;Conservar lo mío&lt;/b&gt;: no importar nada; esta máquina queda como está.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take theirs&lt;/b&gt;: this Learning Team takes the bundle&apos;s content. A backup of the database is made first, and Edit → Undo puts it back.</source>
        <translation>&lt;b&gt;Tomar lo suyo&lt;/b&gt;: este Equipo de Aprendizaje toma el contenido del paquete. Antes se hace una copia de seguridad de la base de datos, y Editar → Deshacer lo devuelve.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep both&lt;/b&gt;: import the bundle beside it as a separate copy, called %1.</source>
        <translation>&lt;b&gt;Conservar ambos&lt;/b&gt;: importar el paquete a su lado como copia aparte, llamada %1.</translation>
    </message>
    <message>
        <source>Whatever you choose, your facilitator-only notes, the participants&apos; names and the redaction list stay.</source>
        <translation>Elija lo que elija, sus notas privadas, los nombres de los participantes y la lista de ocultación se quedan.</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar lo suyo</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar lo mío</translation>
    </message>
</context>
<context>
    <name>ltw::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>The workbench will speak %1 from its next start.</source>
        <translation>El programa hablará %1 desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>ltw::gui::LearnWorkspace</name>
    <message>
        <source>Notes as a list</source>
        <translation>Notas en lista</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Work as imagined / as done</source>
        <translation>Trabajo como se imagina / como se hace</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>What happened, moment by moment, and what was present then: for learning from an event</source>
        <translation>Lo que pasó, momento a momento, y lo que estaba presente entonces: para aprender de un suceso</translation>
    </message>
</context>
<context>
    <name>ltw::gui::LearningEditor</name>
    <message>
        <source>Choose a shared learning on the list above, or add one: something this team found out that another team could use.</source>
        <translation>Elija un aprendizaje compartido en la lista de arriba, o añada uno: algo que este equipo descubrió y que otro equipo podría usar.</translation>
    </message>
    <message>
        <source>Title of the shared learning</source>
        <translation>Título del aprendizaje compartido</translation>
    </message>
    <message>
        <source>The learning in a few words</source>
        <translation>El aprendizaje en pocas palabras</translation>
    </message>
    <message>
        <source>Summary of the shared learning</source>
        <translation>Resumen del aprendizaje compartido</translation>
    </message>
    <message>
        <source>What happens in the work, and why it makes sense to the people doing it</source>
        <translation>Qué pasa en el trabajo, y por qué tiene sentido para quienes lo hacen</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Señales a observar</translation>
    </message>
    <message>
        <source>Edit a look-for of “%1”</source>
        <translation>Editar una señal a observar de «%1»</translation>
    </message>
    <message>
        <source>New look-for</source>
        <translation>Nueva señal a observar</translation>
    </message>
    <message>
        <source>A sign other teams can spot, then Enter</source>
        <translation>Señal a observar, y luego Intro</translation>
    </message>
    <message>
        <source>For example: “The checklist is filled in after the job, from memory”</source>
        <translation>Por ejemplo: «La lista de verificación se llena después del trabajo, de memoria»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the line as a look-for (Enter)</source>
        <translation>Añadir la línea como señal a observar (Intro)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected look-for</source>
        <translation>Quitar la señal seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected look-for up</source>
        <translation>Subir la señal seleccionada</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected look-for down</source>
        <translation>Bajar la señal seleccionada</translation>
    </message>
    <message>
        <source>Signs another team could notice in its own work. One short, concrete line each: something you could see or hear on the job.</source>
        <translation>Señales que otro equipo podría notar en su propio trabajo. Una línea corta y concreta cada una: algo que se pueda ver u oír en el trabajo.</translation>
    </message>
    <message>
        <source>Who this learning is for</source>
        <translation>Para quién es este aprendizaje</translation>
    </message>
    <message>
        <source>e.g. other shift teams, maintenance planners</source>
        <translation>p. ej., otros turnos, mantenimiento</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Look-fors</source>
        <translation>&amp;Señales a observar</translation>
    </message>
    <message>
        <source>&amp;For whom</source>
        <translation>&amp;Para quién</translation>
    </message>
    <message>
        <source>Edit the shared learning “%1”</source>
        <translation>Editar el aprendizaje compartido «%1»</translation>
    </message>
    <message>
        <source>Add a look-for to “%1”</source>
        <translation>Añadir una señal a observar a «%1»</translation>
    </message>
    <message>
        <source>Remove a look-for from “%1”</source>
        <translation>Quitar una señal a observar de «%1»</translation>
    </message>
    <message>
        <source>Reorder the look-fors of “%1”</source>
        <translation>Reordenar las señales a observar de «%1»</translation>
    </message>
</context>
<context>
    <name>ltw::gui::LearningTeamDocument</name>
    <message>
        <source>Change the notes “%1” answers</source>
        <translation>Cambiar las notas a las que responde «%1»</translation>
    </message>
    <message>
        <source>Link a note to “%1”</source>
        <translation>Vincular una nota a «%1»</translation>
    </message>
    <message>
        <source>Unlink a note from “%1”</source>
        <translation>Desvincular una nota de «%1»</translation>
    </message>
    <message>
        <source>Delete the action “%1”</source>
        <translation>Eliminar la acción «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Eliminar %n acción</numerusform>
            <numerusform>Eliminar %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the step “%1”</source>
        <translation>Mover el paso «%1»</translation>
    </message>
    <message>
        <source>Attach notes to a step</source>
        <translation>Adjuntar notas a un paso</translation>
    </message>
    <message numerus="yes">
        <source>Put %n note(s) in “%1”</source>
        <translation>
            <numerusform>Poner %n nota en «%1»</numerusform>
            <numerusform>Poner %n notas en «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n note(s) out of their theme</source>
        <translation>
            <numerusform>Sacar %n nota de su tema</numerusform>
            <numerusform>Sacar %n notas de su tema</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the theme “%1”</source>
        <translation>Renombrar el tema «%1»</translation>
    </message>
    <message>
        <source>Change the redaction list</source>
        <translation>Cambiar la lista de ocultación</translation>
    </message>
    <message>
        <source>Edit the details of “%1”</source>
        <translation>Editar los datos de «%1»</translation>
    </message>
    <message>
        <source>Add the step “%1”</source>
        <translation>Añadir el paso «%1»</translation>
    </message>
    <message>
        <source>Edit the step “%1”</source>
        <translation>Editar el paso «%1»</translation>
    </message>
    <message>
        <source>Delete the step “%1”</source>
        <translation>Eliminar el paso «%1»</translation>
    </message>
    <message>
        <source>Add the defense “%1”</source>
        <translation>Añadir la defensa «%1»</translation>
    </message>
    <message>
        <source>Add the action “%1”</source>
        <translation>Añadir la acción «%1»</translation>
    </message>
    <message>
        <source>Add a shared learning</source>
        <translation>Añadir un aprendizaje compartido</translation>
    </message>
    <message>
        <source>Delete the shared learning “%1”</source>
        <translation>Eliminar el aprendizaje compartido «%1»</translation>
    </message>
    <message>
        <source>Turn the idea “%1” into an action</source>
        <translation>Convertir la idea «%1» en una acción</translation>
    </message>
    <message>
        <source>Delete the defense “%1”</source>
        <translation>Eliminar la defensa «%1»</translation>
    </message>
    <message>
        <source>Add the moment “%1”</source>
        <translation>Añadir el momento «%1»</translation>
    </message>
    <message>
        <source>Edit the moment “%1”</source>
        <translation>Editar el momento «%1»</translation>
    </message>
    <message>
        <source>Delete the moment “%1”</source>
        <translation>Eliminar el momento «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n moment(s)</source>
        <translation>
            <numerusform>Eliminar %n momento</numerusform>
            <numerusform>Eliminar %n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the moment “%1”</source>
        <translation>Mover el momento «%1»</translation>
    </message>
    <message>
        <source>Put the moments in order by time</source>
        <translation>Ordenar los momentos por hora</translation>
    </message>
    <message>
        <source>Attach notes to a moment</source>
        <translation>Adjuntar notas a un momento</translation>
    </message>
    <message>
        <source>Link a moment to work steps</source>
        <translation>Unir un momento a pasos de trabajo</translation>
    </message>
    <message>
        <source>Add “%1” at the moment “%2”</source>
        <translation>Añadir «%1» en el momento «%2»</translation>
    </message>
</context>
<context>
    <name>ltw::gui::LibraryLearningModel</name>
    <message>
        <source>Enter or double-click opens its Learning Team</source>
        <translation>Intro o doble clic abre su Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>Observar:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::LibraryView</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Library&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Biblioteca&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything every Learning Team captured, and what they shared: one team&apos;s learning is every team&apos;s look-for. Double-click or press Enter to open a Learning Team.</source>
        <translation>Todo lo que anotó cada Equipo de Aprendizaje, y lo que compartieron: lo que aprende un equipo es lo que todos pueden observar. Doble clic o Intro abre un Equipo de Aprendizaje.</translation>
    </message>
    <message>
        <source>Search notes, defenses, actions, learnings and look-fors in every Learning Team</source>
        <translation>Buscar notas, defensas, acciones, aprendizajes y señales en todos los Equipos de Aprendizaje</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Shared learnings</source>
        <translation>Aprendizajes compartidos</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Cualquier uso</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Uso:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation>Marcar como desca&amp;rtada</translation>
    </message>
    <message>
        <source>&amp;Open its Learning Team</source>
        <translation>&amp;Abrir su Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Shared learnings and look-fors</source>
        <translation>Aprendizajes compartidos y señales a observar</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%1 — seen in %n Learning Team(s)</source>
        <translation>
            <numerusform>%1 — visto en %n Equipo de Aprendizaje</numerusform>
            <numerusform>%1 — visto en %n Equipos de Aprendizaje</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search every note, defense, action, shared learning and look-for. Every word counts; the start of a word is enough.</source>
        <translation>Escriba para buscar en cada nota, defensa, acción, aprendizaje compartido y señal a observar. Cuenta cada palabra; basta con el comienzo de una palabra.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n defense(s)</source>
        <translation>
            <numerusform>%n defensa</numerusform>
            <numerusform>%n defensas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared learning(s)</source>
        <translation>
            <numerusform>%n aprendizaje compartido</numerusform>
            <numerusform>%n aprendizajes compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Fewer words, or the start of a word, find more.</source>
        <translation>No se encontró nada. Con menos palabras, o con el comienzo de una palabra, se encuentra más.</translation>
    </message>
    <message>
        <source>Search results (%1)</source>
        <translation>Resultados de la búsqueda (%1)</translation>
    </message>
    <message>
        <source>Shared learnings and look-fors (%1)</source>
        <translation>Aprendizajes compartidos y señales a observar (%1)</translation>
    </message>
    <message>
        <source>Follow-through (%1 open, %2 overdue)</source>
        <translation>Seguimiento (%1 abiertas, %2 vencidas)</translation>
    </message>
    <message>
        <source>Follow-through (%1 open)</source>
        <translation>Seguimiento (%1 abiertas)</translation>
    </message>
    <message>
        <source>No open actions in any Learning Team.</source>
        <translation>No hay acciones abiertas en ningún Equipo de Aprendizaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still open across the Learning Teams</source>
        <translation>
            <numerusform>%n acción sigue abierta en los Equipos de Aprendizaje</numerusform>
            <numerusform>%n acciones siguen abiertas en los Equipos de Aprendizaje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::LinkNotesDialog</name>
    <message>
        <source>Notes this defense answers</source>
        <translation>Notas a las que responde esta defensa</translation>
    </message>
    <message>
        <source>Tick the notes that &lt;b&gt;%1&lt;/b&gt; answers. Hard conditions, weak signals and adaptations come first.</source>
        <translation>Marque las notas a las que responde &lt;b&gt;%1&lt;/b&gt;. Primero van las condiciones que dificultan, las señales débiles y las adaptaciones.</translation>
    </message>
    <message>
        <source>Search the notes…</source>
        <translation>Buscar en las notas…</translation>
    </message>
    <message>
        <source>Notes of the Learning Team</source>
        <translation>Notas del Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>Link the ticked notes</source>
        <translation>Vincular las notas marcadas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) ticked</source>
        <translation>
            <numerusform>%n nota marcada</numerusform>
            <numerusform>%n notas marcadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Learning Team…</source>
        <translation>&amp;Nuevo Equipo de Aprendizaje…</translation>
    </message>
    <message>
        <source>Learning Team &amp;details…</source>
        <translation>&amp;Datos del Equipo de Aprendizaje…</translation>
    </message>
    <message>
        <source>Add &amp;sample Learning Team</source>
        <translation>Añadir Equipo de Aprendizaje de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>&amp;Export the share-out report…</source>
        <translation>E&amp;xportar el informe para compartir…</translation>
    </message>
    <message>
        <source>&amp;Print the share-out report…</source>
        <translation>Im&amp;primir el informe para compartir…</translation>
    </message>
    <message>
        <source>Export the Learning Team as a &amp;bundle…</source>
        <translation>Exportar el Equipo de Aprendizaje como pa&amp;quete…</translation>
    </message>
    <message>
        <source>Export the room&apos;s pic&amp;ture…</source>
        <translation>Exportar la imagen de la sa&amp;la…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Prompt cards</source>
        <translation>Tarjetas de preguntas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historial de cambios</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>&amp;Prompt cards</source>
        <translation>&amp;Tarjetas de preguntas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message numerus="yes">
        <source>Delete the team “%1” and its %n Learning Team(s)?</source>
        <translation>
            <numerusform>¿Eliminar el equipo «%1» y su %n Equipo de Aprendizaje?</numerusform>
            <numerusform>¿Eliminar el equipo «%1» y sus %n Equipos de Aprendizaje?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the Learning Team “%1” with everything captured in it?</source>
        <translation>¿Eliminar el Equipo de Aprendizaje «%1» con todo lo anotado en él?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>You can take this back with Edit → Undo while the library has the keyboard.</source>
        <translation>Puede deshacerlo con Editar → Deshacer mientras la biblioteca tenga el teclado.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Every Learning Team&apos;s notes, learnings and open actions, searchable</source>
        <translation>Las notas, los aprendizajes y las acciones abiertas de cada Equipo de Aprendizaje, para buscar</translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation>Bu&amp;scar en la biblioteca…</translation>
    </message>
    <message>
        <source>Opened “%1”; the note is in the inspector.</source>
        <translation>Se abrió «%1»; la nota está en el inspector.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Se abrió «%1».</translation>
    </message>
    <message>
        <source>Learning Team Workbench</source>
        <translation>Learning Team Workbench</translation>
    </message>
    <message>
        <source>That could not be saved</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Library of Learning Teams</source>
        <translation>Biblioteca de Equipos de Aprendizaje</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed in %1</source>
        <translation>Solo lectura: no se puede cambiar nada en %1</translation>
    </message>
    <message>
        <source>Everything is saved as you work, in %1</source>
        <translation>Todo se guarda mientras trabaja, en %1</translation>
    </message>
    <message>
        <source>%1 — Learning Team Workbench</source>
        <translation>%1 — Learning Team Workbench</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>S&amp;ync with the organisation library</source>
        <translation>Si&amp;ncronizar con la biblioteca de la organización</translation>
    </message>
    <message>
        <source>Deliver what waits in the outbox and bring in what other sites published</source>
        <translation>Enviar lo que espera en la bandeja de salida y traer lo que publicaron otros sitios</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y syncs now</source>
        <translation>Ctrl+Mayús+Y sincroniza ahora</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Opened “%1”; the moment is chosen on its timeline.</source>
        <translation>Se abrió «%1»; el momento está elegido en su línea de tiempo.</translation>
    </message>
</context>
<context>
    <name>ltw::gui::NewLearningTeamDialog</name>
    <message>
        <source>Pick a team or type a new one</source>
        <translation>Elija un equipo o escriba uno nuevo</translation>
    </message>
    <message>
        <source>Learning Team details</source>
        <translation>Datos del Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>Name the team whose work this is.</source>
        <translation>Indique el equipo al que pertenece este trabajo.</translation>
    </message>
    <message>
        <source>Give the Learning Team a title.</source>
        <translation>Póngale un título al Equipo de Aprendizaje.</translation>
    </message>
</context>
<context>
    <name>ltw::gui::NoteCardDelegate</name>
    <message>
        <source>only for you</source>
        <translation>privada</translation>
    </message>
</context>
<context>
    <name>ltw::gui::NoteInspector</name>
    <message>
        <source>Select a card to see and edit all of it here.</source>
        <translation>Seleccione una tarjeta para verla y editarla completa aquí.</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, con comas</translation>
    </message>
    <message>
        <source>Only for me</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>A note only for you: never shown to the room, never exported</source>
        <translation>Una nota privada: nunca se muestra a la sala, nunca se exporta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seen elsewhere&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visto en otros lugares&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Told by:</source>
        <translation>Contado por:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>nobody in particular</source>
        <translation>nadie en particular</translation>
    </message>
    <message>
        <source>Captured in %1 on %2; last changed %3.</source>
        <translation>Anotada en %1 el %2; último cambio: %3.</translation>
    </message>
    <message>
        <source>“%1” only here</source>
        <translation>«%1» solo aquí</translation>
    </message>
    <message>
        <source>“%1” seen in %2 Learning Teams</source>
        <translation>«%1» visto en %2 Equipos de Aprendizaje</translation>
    </message>
    <message>
        <source>Nothing like it in other Learning Teams yet.</source>
        <translation>Todavía nada parecido en otros Equipos de Aprendizaje.</translation>
    </message>
    <message>
        <source>shares: %1</source>
        <translation>comparte: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and in %n Learning Team(s)</source>
        <translation>
            <numerusform>(y en %n Equipo de Aprendizaje</numerusform>
            <numerusform>(y en %n Equipos de Aprendizaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at %n other site(s))</source>
        <translation>
            <numerusform>de %n sitio más)</numerusform>
            <numerusform>de %n sitios más)</numerusform>
        </translation>
    </message>
    <message>
        <source>At other sites</source>
        <translation>En otros sitios</translation>
    </message>
</context>
<context>
    <name>ltw::gui::NoteTableModel</name>
    <message>
        <source>%1 (only for you)</source>
        <translation>%1 (privada)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Lo que se escuchó</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Contado por</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>ltw::gui::OrgLibraryModel</name>
    <message>
        <source>published %1</source>
        <translation>publicado el %1</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>Observar:</translation>
    </message>
</context>
<context>
    <name>ltw::gui::OrgLibraryPane</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Deliver what waits and bring in what other sites published (Ctrl+Shift+Y)</source>
        <translation>Enviar lo que espera y traer lo que publicaron otros sitios (Ctrl+Mayús+Y)</translation>
    </message>
    <message>
        <source>The organisation library</source>
        <translation>La biblioteca de la organización</translation>
    </message>
    <message>
        <source>Does this apply to us?…</source>
        <translation>¿Esto vale para nosotros?…</translation>
    </message>
    <message>
        <source>Not connected to an organisation library yet: publish a Learning Team from Share, or sync (Ctrl+Shift+Y), to begin.</source>
        <translation>Todavía sin conexión a una biblioteca de la organización: para empezar, publique un Equipo de Aprendizaje desde Compartir o sincronice (Ctrl+Mayús+Y).</translation>
    </message>
    <message>
        <source>No shared learning from other sites yet.</source>
        <translation>Todavía no hay aprendizajes compartidos de otros sitios.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared learning(s) from other sites</source>
        <translation>
            <numerusform>%n aprendizaje compartido de otros sitios</numerusform>
            <numerusform>%n aprendizajes compartidos de otros sitios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the organisation library matches.</source>
        <translation>Nada de la biblioteca de la organización coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the organisation library</source>
        <translation>
            <numerusform>%n coincidencia en la biblioteca de la organización</numerusform>
            <numerusform>%n coincidencias en la biblioteca de la organización</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 › %2</source>
        <translation>De %1 › %2</translation>
    </message>
    <message>
        <source>The answer was not recorded: %1</source>
        <translation>No se registró la respuesta: %1</translation>
    </message>
    <message>
        <source>Answer recorded; it goes to the organisation library with the next sync.</source>
        <translation>Respuesta registrada; irá a la biblioteca de la organización con la próxima sincronización.</translation>
    </message>
    <message>
        <source>The action was not added; the answer is recorded all the same.</source>
        <translation>La acción no se añadió; la respuesta queda registrada igualmente.</translation>
    </message>
</context>
<context>
    <name>ltw::gui::OrgPublishBar</name>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Publish to the organisation library, for facilitators at other sites</source>
        <translation>Publicar en la biblioteca de la organización, para facilitadores de otros sitios</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Take it out of the organisation library</source>
        <translation>Sacarlo de la biblioteca de la organización</translation>
    </message>
    <message>
        <source>Organisation library:</source>
        <translation>Biblioteca de la organización:</translation>
    </message>
    <message>
        <source>not available while the database is read-only</source>
        <translation>no disponible mientras la base de datos está en solo lectura</translation>
    </message>
    <message>
        <source>for your site</source>
        <translation>para su sitio</translation>
    </message>
    <message>
        <source>for everyone</source>
        <translation>para todos</translation>
    </message>
    <message>
        <source>not published.</source>
        <translation>sin publicar.</translation>
    </message>
    <message>
        <source>queued %1; delivered at the next sync.</source>
        <translation>en cola desde %1; se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <source>being delivered %1…</source>
        <translation>enviándose %1…</translation>
    </message>
    <message>
        <source>the server refused it: %1</source>
        <translation>el servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>published %1, %2.</source>
        <translation>publicado el %1, %2.</translation>
    </message>
    <message>
        <source>It changed since: publish again to share the changes.</source>
        <translation>Cambió desde entonces: publique otra vez para compartir los cambios.</translation>
    </message>
    <message>
        <source>withdrawn; the withdrawal goes at the next sync.</source>
        <translation>retirado; el retiro se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <source>withdrawn.</source>
        <translation>retirado.</translation>
    </message>
    <message>
        <source>Publish again…</source>
        <translation>Publicar otra vez…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No se publicó: %1</translation>
    </message>
    <message>
        <source>Queued for the organisation library; it is delivered now if the server can be reached, or at the next sync.</source>
        <translation>En cola para la biblioteca de la organización; se envía ahora si se llega al servidor, o con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Withdraw from the organisation library</source>
        <translation>Retirar de la biblioteca de la organización</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; out of the organisation library? Other facilitators will no longer find it. You can publish it again later.</source>
        <translation>¿Sacar «%1» de la biblioteca de la organización? Otros facilitadores ya no lo encontrarán. Puede volver a publicarlo más tarde.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>No se retiró: %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::OrgSyncService</name>
    <message>
        <source>Organisation library: syncing…</source>
        <translation>Biblioteca de la organización: sincronizando…</translation>
    </message>
    <message>
        <source>Organisation library: not synced yet</source>
        <translation>Biblioteca de la organización: todavía sin sincronizar</translation>
    </message>
    <message>
        <source>Organisation library: not reached at %1</source>
        <translation>Biblioteca de la organización: no se llegó a las %1</translation>
    </message>
    <message>
        <source>Organisation library: synced at %1, with a problem</source>
        <translation>Biblioteca de la organización: sincronizada a las %1, con un problema</translation>
    </message>
    <message>
        <source>Organisation library: synced at %1</source>
        <translation>Biblioteca de la organización: sincronizada a las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be delivered</source>
        <translation>
            <numerusform>%n esperando envío</numerusform>
            <numerusform>%n esperando envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n rechazado por el servidor</numerusform>
            <numerusform>%n rechazados por el servidor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::PhaseMover</name>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Move to %1?</source>
        <translation>¿Pasar a %1?</translation>
    </message>
    <message>
        <source>Move to %1 anyway</source>
        <translation>Pasar a %1 de todos modos</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Moved to %1. A backup copy was saved in %2</source>
        <translation>Se pasó a %1. Se guardó una copia de seguridad en %2</translation>
    </message>
    <message>
        <source>The phase could not be changed</source>
        <translation>No se pudo cambiar la fase</translation>
    </message>
</context>
<context>
    <name>ltw::gui::PhaseStepper</name>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Phase log</source>
        <translation>Historial de fases</translation>
    </message>
    <message>
        <source>The current phase</source>
        <translation>La fase actual</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Pasar a %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Abierto en %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::PromptCardsPanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous card (%1)</source>
        <translation>Tarjeta anterior (%1)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next card (%1)</source>
        <translation>Tarjeta siguiente (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ltw::gui::PublishDialog</name>
    <message>
        <source>Publish to the organisation library</source>
        <translation>Publicar en la biblioteca de la organización</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes to the organisation library as it is now, for facilitators at other sites to find and learn from.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; va a la biblioteca de la organización tal como está ahora, para que facilitadores de otros sitios lo encuentren y aprendan de él.</translation>
    </message>
    <message>
        <source>It carries what the share-out report shows, redacted the same way: no participant&apos;s name, none of the notes kept only for you, and every term of the redaction list replaced. Publishing it again later shares the changes; withdrawing it takes it out of every other facilitator&apos;s library.</source>
        <translation>Lleva lo que muestra el informe para compartir, ocultado de la misma manera: ningún nombre de participante, ninguna nota privada, y cada término de la lista de ocultación sustituido. Publicarlo otra vez más tarde comparte los cambios; retirarlo lo saca de la biblioteca de todos los demás facilitadores.</translation>
    </message>
    <message>
        <source>&amp;Everyone in the organisation</source>
        <translation>&amp;Toda la organización</translation>
    </message>
    <message>
        <source>Only facilitators of &amp;my site</source>
        <translation>Solo los facilitadores de &amp;mi sitio</translation>
    </message>
    <message>
        <source>host=library.example.org dbname=ltw sslmode=verify-full</source>
        <translation>host=library.example.org dbname=ltw sslmode=verify-full</translation>
    </message>
    <message>
        <source>The organisation library&apos;s PostgreSQL server, as a connection string or URI. Left empty, the PG* environment variables say. A password never goes here: give it through PGPASSWORD or the password file.</source>
        <translation>El servidor PostgreSQL de la biblioteca de la organización, como cadena de conexión o URI. Si se deja vacío, deciden las variables de entorno PG*. Aquí nunca va una contraseña: indíquela con PGPASSWORD o en el archivo de contraseñas.</translation>
    </message>
    <message>
        <source>Who may read it:</source>
        <translation>Quién puede leerlo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
</context>
<context>
    <name>ltw::gui::QuickCapture</name>
    <message>
        <source>Capture a note</source>
        <translation>Anotar una nota</translation>
    </message>
    <message>
        <source>Type what you hear and press Enter</source>
        <translation>Escriba lo que oye y pulse Intro</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Contado por</translation>
    </message>
    <message>
        <source>Who told it (Ctrl+T). Shows roles only.</source>
        <translation>Quién lo contó (Ctrl+T). Solo se muestran roles.</translation>
    </message>
    <message>
        <source>%1: type what you hear and press Enter</source>
        <translation>%1: escriba lo que oye y pulse Intro</translation>
    </message>
    <message>
        <source>Told by: nobody in particular</source>
        <translation>Contado por: nadie en particular</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>Ctrl+T told by</source>
        <translation>Ctrl+T contado por</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>To make changes, copy the file to a folder where you may write and open the copy with --db.</source>
        <translation>Para hacer cambios, copie el archivo a una carpeta donde pueda escribir y abra la copia con --db.</translation>
    </message>
    <message>
        <source>This database is open read-only: you can read, search and export your work, but no change can be kept. %1</source>
        <translation>Esta base de datos está abierta en solo lectura: puede leer, buscar y exportar su trabajo, pero no se puede guardar ningún cambio. %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ReportExportDialog</name>
    <message>
        <source>Print the share-out report</source>
        <translation>Imprimir el informe para compartir</translation>
    </message>
    <message>
        <source>Export the share-out report</source>
        <translation>Exportar el informe para compartir</translation>
    </message>
    <message>
        <source>PDF, A4 paper</source>
        <translation>PDF, papel A4</translation>
    </message>
    <message>
        <source>PDF, US Letter paper</source>
        <translation>PDF, papel Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Word processor document (ODT)</source>
        <translation>Documento de texto (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML), one file</source>
        <translation>Página web (HTML), un solo archivo</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texto Markdown</translation>
    </message>
    <message>
        <source>Include participants&apos; names</source>
        <translation>Incluir los nombres de los participantes</translation>
    </message>
    <message>
        <source>Only when everyone named has agreed. The terms of your redaction list are replaced either way.</source>
        <translation>Solo si todas las personas nombradas están de acuerdo. Los términos de su lista de ocultación se sustituyen de todos modos.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Queda como</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>In its sentence</source>
        <translation>En su frase</translation>
    </message>
    <message>
        <source>Word or name to keep out</source>
        <translation>Palabra o nombre que ocultar</translation>
    </message>
    <message>
        <source>Shown instead</source>
        <translation>Se muestra en su lugar</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>Añadir un término</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Every place in the report&apos;s text where a participant&apos;s name or a term of your list was found. Each is replaced as shown, in every format.</source>
        <translation>Cada lugar del texto del informe donde se encontró el nombre de un participante o un término de su lista. Cada uno se sustituye como se muestra, en todos los formatos.</translation>
    </message>
    <message>
        <source>Your redaction list for this Learning Team: people who are not on the list of participants, places, equipment numbers. Kept with the Learning Team.</source>
        <translation>Su lista de ocultación para este Equipo de Aprendizaje: personas que no están en la lista de participantes, lugares, números de equipos. Se guarda con el Equipo de Aprendizaje.</translation>
    </message>
    <message>
        <source>No term of your list was found in the report&apos;s text.</source>
        <translation>No se encontró ningún término de su lista en el texto del informe.</translation>
    </message>
    <message>
        <source>No participant&apos;s name and no term of your list was found in the report&apos;s text.</source>
        <translation>No se encontró ningún nombre de participante ni ningún término de su lista en el texto del informe.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the report will be changed before it leaves.</source>
        <translation>
            <numerusform>%n lugar del informe se cambiará antes de que salga.</numerusform>
            <numerusform>%n lugares del informe se cambiarán antes de que salga.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::RoomControl</name>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <source>Show the &amp;room view</source>
        <translation>Mostrar la vista de la &amp;sala</translation>
    </message>
    <message>
        <source>&amp;Freeze the room</source>
        <translation>&amp;Congelar la sala</translation>
    </message>
    <message>
        <source>&amp;Blank the room</source>
        <translation>&amp;Dejar la sala en blanco</translation>
    </message>
    <message>
        <source>&amp;Spotlight the selected note</source>
        <translation>&amp;Resaltar la nota seleccionada</translation>
    </message>
    <message>
        <source>&amp;Zoom to the selected note&apos;s lane or theme</source>
        <translation>&amp;Acercar al carril o tema de la nota seleccionada</translation>
    </message>
    <message>
        <source>Show the &amp;prompt card</source>
        <translation>Mostrar la &amp;tarjeta de preguntas</translation>
    </message>
    <message>
        <source>Show the session &amp;timer</source>
        <translation>Mostrar el cr&amp;onómetro de la sesión</translation>
    </message>
    <message>
        <source>Room view &amp;on</source>
        <translation>Vista de la sala &amp;en</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Room picture in &amp;Learn</source>
        <translation>Imagen de la sala en &amp;Aprender</translation>
    </message>
    <message>
        <source>&amp;Follow the Learn page</source>
        <translation>&amp;Seguir la página de Aprender</translation>
    </message>
    <message>
        <source>The &amp;board of notes</source>
        <translation>El &amp;tablero de notas</translation>
    </message>
    <message>
        <source>&amp;Work as imagined and as done</source>
        <translation>El trabajo como se &amp;imagina y como se hace</translation>
    </message>
    <message>
        <source>The &amp;timeline of the event</source>
        <translation>La &amp;línea de tiempo del suceso</translation>
    </message>
</context>
<context>
    <name>ltw::gui::RoomView</name>
    <message>
        <source>Room view — Learning Team Workbench</source>
        <translation>Vista de la sala — Learning Team Workbench</translation>
    </message>
</context>
<context>
    <name>ltw::gui::SearchResultModel</name>
    <message>
        <source>Enter or double-click opens its Learning Team</source>
        <translation>Intro o doble clic abre su Equipo de Aprendizaje</translation>
    </message>
</context>
<context>
    <name>ltw::gui::SessionTimer</name>
    <message>
        <source>Session timer: start, pause, or count down to a set length</source>
        <translation>Cronómetro de la sesión: iniciar, pausar o contar hacia atrás una duración fija</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Count up</source>
        <translation>Contar hacia adelante</translation>
    </message>
    <message>
        <source>Count down from %1 minutes</source>
        <translation>Contar hacia atrás desde %1 minutos</translation>
    </message>
    <message>
        <source>Count down from…</source>
        <translation>Contar hacia atrás desde…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutos:</translation>
    </message>
    <message>
        <source>Time is up (+%1)</source>
        <translation>Se acabó el tiempo (+%1)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
</context>
<context>
    <name>ltw::gui::ShareWorkspace</name>
    <message>
        <source>Shared learnings</source>
        <translation>Aprendizajes compartidos</translation>
    </message>
    <message>
        <source>Delete the shared learning</source>
        <translation>Eliminar el aprendizaje compartido</translation>
    </message>
    <message>
        <source>Add a shared learning</source>
        <translation>Añadir un aprendizaje compartido</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen shared learning (Edit → Undo brings it back)</source>
        <translation>Eliminar el aprendizaje compartido elegido (Editar → Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>What other teams can take from this one. Each shared learning becomes a section of the share-out report.</source>
        <translation>Lo que otros equipos pueden llevarse de este. Cada aprendizaje compartido es una sección del informe para compartir.</translation>
    </message>
    <message>
        <source>Include participants&apos; names</source>
        <translation>Incluir los nombres de los participantes</translation>
    </message>
    <message>
        <source>Names are private to you. When this is on, the preview and every export show people&apos;s names where they would otherwise show only their role, and the bundle also carries the notes kept only for you. Turn it on only when everyone named has agreed.</source>
        <translation>Los nombres son privados. Con esta opción activa, la vista previa y cada exportación muestran los nombres de las personas donde, si no, solo se vería su rol, y el paquete también lleva las notas privadas. Actívela solo si todas las personas nombradas están de acuerdo.</translation>
    </message>
    <message>
        <source>Participants&apos; names are shown here and will be in every export.</source>
        <translation>Aquí se muestran los nombres de los participantes, y estarán en cada exportación.</translation>
    </message>
    <message>
        <source>Preview of the share-out report</source>
        <translation>Vista previa del informe para compartir</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Save the share-out report as PDF, a word processor document, a web page or Markdown, after a review of the names it would hold</source>
        <translation>Guardar el informe para compartir como PDF, documento de texto, página web o Markdown, después de revisar los nombres que llevaría</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the share-out report</source>
        <translation>Imprimir el informe para compartir</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Paquete…</translation>
    </message>
    <message>
        <source>Save the whole Learning Team as a bundle that another facilitator can import</source>
        <translation>Guardar todo el Equipo de Aprendizaje como un paquete que otro facilitador pueda importar</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Save the room&apos;s shared picture as an image, to paste into an email or slides</source>
        <translation>Guardar la imagen compartida de la sala como imagen, para pegarla en un correo o en diapositivas</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <source>Add a Learning Team from a bundle another facilitator sent you</source>
        <translation>Añadir un Equipo de Aprendizaje desde un paquete que le envió otro facilitador</translation>
    </message>
    <message>
        <source>Share-out report</source>
        <translation>Informe para compartir</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>The report as it will leave the room, on one long page. It follows every change.</source>
        <translation>El informe tal como saldrá de la sala, en una sola página larga. Sigue cada cambio.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6e7c&apos;&gt;Choose a Learning Team to see its share-out report.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5b6e7c&apos;&gt;Elija un Equipo de Aprendizaje para ver su informe para compartir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>No se pudo armar el informe: %1</translation>
    </message>
    <message>
        <source>New shared learning</source>
        <translation>Nuevo aprendizaje compartido</translation>
    </message>
</context>
<context>
    <name>ltw::gui::SharedLearningListModel</name>
    <message>
        <source>(no title yet)</source>
        <translation>(todavía sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%n look-for(s)</source>
        <translation>
            <numerusform>%n señal a observar</numerusform>
            <numerusform>%n señales a observar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::SoakWorkspace</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Change the soak end…</source>
        <translation>Cambiar el fin del reposo…</translation>
    </message>
    <message>
        <source>Notes not in a theme</source>
        <translation>Notas sin tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in a theme yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todavía sin tema&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Make a theme of the selected notes (Ctrl+G)</source>
        <translation>Crear un tema con las notas seleccionadas (Ctrl+G)</translation>
    </message>
    <message>
        <source>Name this theme</source>
        <translation>Ponerle nombre a este tema</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Nombre del tema</translation>
    </message>
    <message>
        <source>Remove this theme; its notes stay</source>
        <translation>Quitar este tema; sus notas se quedan</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;No themes yet. Select notes on the left (Ctrl+click for several) and press &lt;b&gt;Ctrl+G&lt;/b&gt; to make a theme of them, then name it. Drag notes between themes as the picture settles.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Todavía no hay temas. Seleccione notas a la izquierda (Ctrl+clic para varias) y pulse &lt;b&gt;Ctrl+G&lt;/b&gt; para crear un tema con ellas; luego póngale nombre. Arrastre notas entre temas a medida que la imagen se asienta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>Soak until &lt;b&gt;%1&lt;/b&gt; — %2 to go</source>
        <translation>Reposo hasta el &lt;b&gt;%1&lt;/b&gt; — faltan %2</translation>
    </message>
    <message>
        <source>The planned soak ended on &lt;b&gt;%1&lt;/b&gt;: ready to solve</source>
        <translation>El reposo previsto terminó el &lt;b&gt;%1&lt;/b&gt;: listo para resolver</translation>
    </message>
    <message>
        <source>No end planned for the soak yet</source>
        <translation>Todavía no hay fin previsto para el reposo</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n weak signal(s) on the board</source>
        <translation>
            <numerusform>⚑ %n señal débil en el tablero</numerusform>
            <numerusform>⚑ %n señales débiles en el tablero</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned end of the soak</source>
        <translation>Fin previsto del reposo</translation>
    </message>
    <message>
        <source>The group meets again to solve on:</source>
        <translation>El grupo se vuelve a reunir para resolver el:</translation>
    </message>
    <message>
        <source>Plan the soak to end on %1</source>
        <translation>Prever el fin del reposo para el %1</translation>
    </message>
</context>
<context>
    <name>ltw::gui::SolveNoteListModel</name>
    <message>
        <source>%1  ✓ now an action</source>
        <translation>%1  ✓ ya es una acción</translation>
    </message>
</context>
<context>
    <name>ltw::gui::SolveWorkspace</name>
    <message>
        <source>Gaps: notes no defense answers</source>
        <translation>Brechas: notas que ninguna defensa cubre</translation>
    </message>
    <message>
        <source>Answered by the selected defense</source>
        <translation>Cubiertas por la defensa seleccionada</translation>
    </message>
    <message>
        <source>Link the selected gap to the defense selected on the left</source>
        <translation>Vincular la brecha seleccionada a la defensa seleccionada a la izquierda</translation>
    </message>
    <message>
        <source>Hard conditions, weak signals and adaptations that no defense answers yet.</source>
        <translation>Condiciones que dificultan, señales débiles y adaptaciones que ninguna defensa cubre todavía.</translation>
    </message>
    <message>
        <source>Ideas from the parking lot</source>
        <translation>Ideas en espera</translation>
    </message>
    <message>
        <source>Turn into an action</source>
        <translation>Convertir en acción</translation>
    </message>
    <message>
        <source>Name a change to make and press Enter</source>
        <translation>Nombre de un cambio a hacer, y pulse Intro</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Enter or typing edits a cell · + and − vote · Delete removes the action</source>
        <translation>Intro o escribir edita una celda · + y − votan · Supr elimina la acción</translation>
    </message>
    <message>
        <source>+ Vote</source>
        <translation>+ Voto</translation>
    </message>
    <message>
        <source>One more vote for the selected action (+)</source>
        <translation>Un voto más para la acción seleccionada (+)</translation>
    </message>
    <message>
        <source>− Vote</source>
        <translation>− Voto</translation>
    </message>
    <message>
        <source>Take a vote back from the selected action (−)</source>
        <translation>Quitar un voto a la acción seleccionada (−)</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>Más votadas primero</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la acción seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Sponsor&apos;s response</source>
        <translation>Respuesta del patrocinador</translation>
    </message>
    <message>
        <source>What the sponsor said about the defenses and actions, and what they will support</source>
        <translation>Lo que dijo el patrocinador sobre las defensas y las acciones, y lo que va a apoyar</translation>
    </message>
    <message>
        <source>Defenses and &amp;gaps</source>
        <translation>Defensas y &amp;brechas</translation>
    </message>
    <message>
        <source>&amp;Actions and the sponsor</source>
        <translation>&amp;Acciones y patrocinador</translation>
    </message>
    <message>
        <source>Gaps: nothing answers these yet (%1)</source>
        <translation>Brechas: nada las cubre todavía (%1)</translation>
    </message>
    <message>
        <source>Parking lot: ideas held back in Learn (%1)</source>
        <translation>Ideas en espera: lo que se guardó en Aprender (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Defenses and &amp;gaps (%1 · %n gap(s))</source>
        <translation>
            <numerusform>Defensas y &amp;brechas (%1 · %n brecha)</numerusform>
            <numerusform>Defensas y &amp;brechas (%1 · %n brechas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Actions and the sponsor (%1)</source>
        <translation>&amp;Acciones y patrocinador (%1)</translation>
    </message>
    <message>
        <source>Write down the sponsor&apos;s response</source>
        <translation>Anotar la respuesta del patrocinador</translation>
    </message>
</context>
<context>
    <name>ltw::gui::TeamTreeModel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 — %2, in %3</source>
        <translation>%1 — %2, en %3</translation>
    </message>
    <message>
        <source>Imported from %1 (facilitator %2), last on %3</source>
        <translation>Importado de %1 (facilitador: %2), la última vez el %3</translation>
    </message>
    <message>
        <source>a bundle</source>
        <translation>un paquete</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>%1, phase %2</source>
        <translation>%1, fase %2</translation>
    </message>
</context>
<context>
    <name>ltw::gui::TeamsDocument</name>
    <message>
        <source>Rename the team “%1”</source>
        <translation>Renombrar el equipo «%1»</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renombrar «%1»</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <source>Add the sample Learning Team</source>
        <translation>Añadir el Equipo de Aprendizaje de ejemplo</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Delete the team “%1”</source>
        <translation>Eliminar el equipo «%1»</translation>
    </message>
</context>
<context>
    <name>ltw::gui::TimelineModel</name>
    <message>
        <source>—</source>
        <comment>a moment without a known time</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Nobody knows the time of this moment: its place in the list says what came before and after.</source>
        <translation>Nadie sabe la hora de este momento: su lugar en la lista dice qué vino antes y qué después.</translation>
    </message>
    <message>
        <source>The clock says this happened before the moment above it. Order by time, or correct the time.</source>
        <translation>El reloj dice que esto ocurrió antes que el momento de arriba. Ordene por hora o corrija la hora.</translation>
    </message>
    <message>
        <source>Time since the moment before</source>
        <translation>Tiempo desde el momento anterior</translation>
    </message>
    <message>
        <source>At the step: %1</source>
        <translation>En el paso: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who (role)</source>
        <translation>Quién (rol)</translation>
    </message>
    <message>
        <source>Present then</source>
        <translation>Presente entonces</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it like 02:05 or 14:30, with a date before it if it matters (2026-11-20 02:05), or leave it empty when nobody knows.</source>
        <translation>«%1» no es una hora. Escríbala como 02:05 o 14:30, con la fecha delante si importa (2026-11-20 02:05), o déjela vacía si nadie la sabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ltw::gui::TimelinePanel</name>
    <message>
        <source>New moment</source>
        <translation>Nuevo momento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Where the moment happened</source>
        <translation>Dónde ocurrió el momento</translation>
    </message>
    <message>
        <source>Who, by role</source>
        <translation>Quién, por su rol</translation>
    </message>
    <message>
        <source>A role such as “forklift driver”, never a name</source>
        <translation>Un rol como «conductor de carretilla», nunca un nombre</translation>
    </message>
    <message>
        <source>Timeline of the event</source>
        <translation>Línea de tiempo del suceso</translation>
    </message>
    <message>
        <source>Present at the chosen moment</source>
        <translation>Presente en el momento elegido</translation>
    </message>
    <message>
        <source>Attach notes…</source>
        <translation>Adjuntar notas…</translation>
    </message>
    <message>
        <source>The conditions, adaptations, tradeoffs and weak signals present at this moment</source>
        <translation>Las condiciones, adaptaciones, disyuntivas y señales débiles presentes en este momento</translation>
    </message>
    <message>
        <source>Work steps…</source>
        <translation>Pasos de trabajo…</translation>
    </message>
    <message>
        <source>The steps of work as imagined or as done that this moment happened at</source>
        <translation>Los pasos del trabajo como se imagina o como se hace en los que ocurrió este momento</translation>
    </message>
    <message>
        <source>While a moment is chosen here, a note typed in the capture line above is attached to it</source>
        <translation>Mientras haya un momento elegido aquí, la nota que se escriba en la línea de anotación de arriba queda adjunta a él</translation>
    </message>
    <message>
        <source>Move the moment earlier (Alt+Up)</source>
        <translation>Mover el momento antes (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the moment later (Alt+Down)</source>
        <translation>Mover el momento después (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Order by time</source>
        <translation>Ordenar por hora</translation>
    </message>
    <message>
        <source>Put the moments in order by their time; a moment without a time keeps following the one before it</source>
        <translation>Ordenar los momentos por su hora; un momento sin hora sigue detrás del que tenía delante</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen moments (Delete)</source>
        <translation>Eliminar los momentos elegidos (Supr)</translation>
    </message>
    <message>
        <source>Say what happened after the time, for example “02:05 the door 7 printer jams again”.</source>
        <translation>Diga qué pasó después de la hora, por ejemplo «02:05 la impresora de la puerta 7 se atasca otra vez».</translation>
    </message>
    <message>
        <source>Notes present at this moment</source>
        <translation>Notas presentes en este momento</translation>
    </message>
    <message>
        <source>Work steps this moment happened at</source>
        <translation>Pasos de trabajo en los que ocurrió este momento</translation>
    </message>
    <message>
        <source>&lt;b&gt;No moments yet.&lt;/b&gt; Rebuild what happened, one moment at a time: type its time if someone knows it, then what happened, and press Enter.</source>
        <translation>&lt;b&gt;Aún no hay momentos.&lt;/b&gt; Reconstruya lo que pasó, un momento cada vez: escriba la hora si alguien la sabe, luego qué pasó, y pulse Intro.</translation>
    </message>
    <message>
        <source>Choose a moment to see what was present then.</source>
        <translation>Elija un momento para ver qué estaba presente entonces.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present at %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Presente en %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At the step (%1): %2</source>
        <translation>En el paso (%1): %2</translation>
    </message>
    <message>
        <source>Nothing attached yet. Capture a note above while this moment is chosen, or attach notes already on the board.</source>
        <translation>Aún no hay nada adjunto. Anote arriba mientras este momento está elegido, o adjunte notas que ya están en el tablero.</translation>
    </message>
    <message>
        <source>02:05 what happened, then Enter</source>
        <translation>02:05 qué pasó, e Intro</translation>
    </message>
    <message>
        <source>Type the time if someone knows it, then what happened, and press Enter. Without a time the moment goes at the end; a date before the time (2026-11-20 23:50) orders days.</source>
        <translation>Escriba la hora si alguien la sabe, luego qué pasó, y pulse Intro. Sin hora, el momento va al final; una fecha delante de la hora (2026-11-20 23:50) ordena los días.</translation>
    </message>
    <message>
        <source>Where the chosen moment happened</source>
        <translation>Dónde ocurrió el momento elegido</translation>
    </message>
    <message>
        <source>Who, by role, at the chosen moment</source>
        <translation>Quién, por su rol, en el momento elegido</translation>
    </message>
    <message>
        <source>Attach new notes here</source>
        <translation>Adjuntar aquí las notas nuevas</translation>
    </message>
</context>
<context>
    <name>ltw::gui::WelcomePane</name>
    <message>
        <source>No Learning Team yet</source>
        <translation>Todavía no hay ningún Equipo de Aprendizaje</translation>
    </message>
    <message>
        <source>Set up the first one: the team whose work you will learn from, a title, and the people taking part. Everything you capture is saved as you type.</source>
        <translation>Prepare el primero: el equipo de cuyo trabajo va a aprender, un título y las personas que participan. Todo lo que anote se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>New Learning Team…</source>
        <translation>Nuevo Equipo de Aprendizaje…</translation>
    </message>
    <message>
        <source>or press %1 at any time</source>
        <translation>o pulse %1 en cualquier momento</translation>
    </message>
    <message>
        <source>Or look around first:</source>
        <translation>O eche un vistazo primero:</translation>
    </message>
    <message>
        <source>Add the sample Learning Team</source>
        <translation>Añadir el Equipo de Aprendizaje de ejemplo</translation>
    </message>
    <message>
        <source>Import a bundle from another facilitator…</source>
        <translation>Importar un paquete de otro facilitador…</translation>
    </message>
</context>
<context>
    <name>ltw::gui::WorkStepsPanel</name>
    <message>
        <source>as the procedure, the training or the plan describes it</source>
        <translation>como lo describen el procedimiento, la capacitación o el plan</translation>
    </message>
    <message>
        <source>as the people in the room actually do it</source>
        <translation>como lo hacen de verdad las personas de la sala</translation>
    </message>
    <message>
        <source>Add a step and press Enter</source>
        <translation>Añada un paso y pulse Intro</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Subir</translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Mover el paso antes (Alt+Arriba)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Bajar</translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation>Mover el paso después (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Attach notes…</source>
        <translation>Adjuntar notas…</translation>
    </message>
    <message>
        <source>Attach the adaptations and tradeoffs that happen at this step</source>
        <translation>Adjuntar las adaptaciones y disyuntivas que ocurren en este paso</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the step (Delete)</source>
        <translation>Eliminar el paso (Supr)</translation>
    </message>
    <message>
        <source>Attach notes to this step</source>
        <translation>Adjuntar notas a este paso</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for the facilitator of a Learning Team.</source>
        <translation>Un banco de trabajo para quien facilita un Equipo de Aprendizaje.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>El archivo de base de datos que abrir.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>The database is already open</source>
        <translation>La base de datos ya está abierta</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database opens read-only</source>
        <translation>La base de datos se abre en solo lectura</translation>
    </message>
    <message>
        <source>The workbench opens it read-only: you can read, search and export your work, but no change can be kept until this is put right.</source>
        <translation>El programa la abre en solo lectura: puede leer, buscar y exportar su trabajo, pero no se puede guardar ningún cambio hasta que esto se solucione.</translation>
    </message>
    <message>
        <source>A database file to open, as --db does.</source>
        <translation>Un archivo de base de datos que abrir, igual que con --db.</translation>
    </message>
</context>
</TS>
