namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// The registry of every diagnostic, in id order: each is declared here once, with its id, severity,
    /// category, title, message and description, and the Roslyn descriptors are built from it
    /// (<see cref="DiagnosticDescriptors"/>). <c>docs/diagnostics.md</c> has an example of each, and
    /// <c>AnalyzerReleases.*.md</c> tracks each for release; tests keep both equal to this table.
    /// </summary>
    internal static class FactbookDiagnostics
    {
        private const FactbookSeverity Error = FactbookSeverity.Error;
        private const FactbookSeverity Warning = FactbookSeverity.Warning;
        private const string Content = DiagnosticCategories.Content;
        private const string Schema = DiagnosticCategories.Schema;
        private const string Configuration = DiagnosticCategories.Configuration;
        private const string Internal = DiagnosticCategories.Internal;

        // First of the static fields: initializers run in textual order, so every Declare below finds it.
        private static readonly List<FactbookDiagnostic> Declared = new();

        public static readonly FactbookDiagnostic YamlSyntax = Declare(
            "FB0001", Error, Content, "Invalid YAML",
            "Invalid YAML: {0}",
            "The file is not valid YAML, so none of it is read. Fix it at the line and column given; the message names the common mistakes (tabs, an unclosed quote or bracket, ': ' inside a value) and their fix.");

        public static readonly FactbookDiagnostic DuplicateKey = Declare(
            "FB0002", Error, Content, "Duplicate key",
            "The key '{0}' appears twice in the same mapping; it was first given on line {1}",
            "A mapping gives the same key twice, and YAML tools disagree on which value wins. Keep one of the two.");

        public static readonly FactbookDiagnostic NestingTooDeep = Declare(
            "FB0003", Error, Content, "Nesting too deep",
            "The YAML nests deeper than {0} levels; flatten the content, or raise the MSBuild property FactbookMaxDepth",
            "The YAML nests deeper than the limit (64 levels unless raised), which keeps a hostile file from hanging or crashing the build. Flatten the content, or raise the MSBuild property FactbookMaxDepth.");

        public static readonly FactbookDiagnostic AliasNotSupported = Declare(
            "FB0004", Error, Content, "Anchors and aliases are not supported",
            "Anchors and aliases ('{0}') are not supported in Factbook content; write the value out",
            "Anchors (&name) and aliases (*name) could expand a small file into billions of values, and make facts hard to read. Write each value out.");

        public static readonly FactbookDiagnostic MultipleDocuments = Declare(
            "FB0005", Error, Content, "More than one YAML document",
            "A content file holds one YAML document; split the documents after '---' into files of their own",
            "A file holds one YAML document, and a second '---' starts another. Move each document after a '---' into a file of its own.");

        public static readonly FactbookDiagnostic FileTooLarge = Declare(
            "FB0006", Error, Content, "File too large",
            "The file has {0} characters, more than the limit of {1}; split it, or raise the MSBuild property FactbookMaxFileChars",
            "The file is longer than the limit (16,000,000 characters unless raised), so it is not parsed. Split it into smaller files, or raise the MSBuild property FactbookMaxFileChars.");

        public static readonly FactbookDiagnostic ValueTooLong = Declare(
            "FB0007", Error, Content, "Value too long",
            "This value has {0} characters, more than the limit of {1}; shorten it, or raise the MSBuild property FactbookMaxScalarChars",
            "One value is longer than the limit (1,000,000 characters unless raised). Shorten it, or raise the MSBuild property FactbookMaxScalarChars.");

        public static readonly FactbookDiagnostic NotUtf8 = Declare(
            "FB0008", Error, Content, "Not UTF-8",
            "The file contains bytes that are not valid UTF-8 (read as U+FFFD); save it as UTF-8",
            "The file holds bytes that are not valid UTF-8, which were read as the replacement character U+FFFD. Save the file as UTF-8.");

        public static readonly FactbookDiagnostic ComplexKey = Declare(
            "FB0009", Error, Content, "Mapping key is not text",
            "A mapping key must be plain text, not {0}",
            "A mapping key is a list or a mapping, but Factbook's keys are field and collection names. Write the key as plain text.");

        public static readonly FactbookDiagnostic InvalidSchema = Declare(
            "FB0010", Error, Schema, "Invalid schema",
            "Invalid schema: {0}",
            "The schema file does not have the expected shape: 'types' is not a mapping, a field has no 'type', 'optional' is not true or false, and so on. Fix the declaration as the message says.");

        public static readonly FactbookDiagnostic UnknownSchemaKey = Declare(
            "FB0011", Error, Schema, "Unknown schema key",
            "Unknown key '{0}' in {1}{2}; allowed keys are {3}",
            "The schema uses a key the schema language does not have, usually a typo or a word from another schema language. Use one of the allowed keys the message lists.");

        public static readonly FactbookDiagnostic UnknownFieldType = Declare(
            "FB0012", Error, Schema, "Unknown field type",
            "Unknown type '{0}' for field '{1}'{2}; use {3} or a declared type, with [] for a list",
            "A field's type is neither a built-in type nor a type the schema declares. Use a built-in type or the name of a declared type, with [] for a list.");

        public static readonly FactbookDiagnostic InvalidTypeName = Declare(
            "FB0013", Error, Schema, "Invalid type name",
            "The type name '{0}' must be PascalCase ASCII letters and digits, starting with a capital letter",
            "Type names become C# type names, so they are PascalCase ASCII letters and digits, starting with a capital letter. Rename the type, e.g. 'place' to 'Place'.");

        public static readonly FactbookDiagnostic NameCollision = Declare(
            "FB0014", Error, Schema, "Generated names collide",
            "The name '{0}' would be generated twice: for {1} and for {2}; rename one (the type an enum, object or union field declares takes 'name: …')",
            "Two declarations would generate the same C# name: a type, its collection class, its id enum, or the type of an enum or object field. Rename one of them.");

        public static readonly FactbookDiagnostic InvalidFieldName = Declare(
            "FB0015", Error, Schema, "Invalid field name",
            "The field name '{0}' {1}",
            "A field name starts with a letter, uses only ASCII letters, digits, '_' and '-', and must not become a name the generated record has already. Rename the field.");

        public static readonly FactbookDiagnostic InvalidEnumValues = Declare(
            "FB0016", Error, Schema, "Invalid enum values",
            "The enum field '{0}' {1}",
            "An enum field needs a non-empty list of 'values', each starting with a letter, no two of which become the same C# name. Fix the list of values.");

        public static readonly FactbookDiagnostic InvalidDefault = Declare(
            "FB0017", Error, Schema, "Invalid default value",
            "The default of field '{0}' {1}",
            "A default is a single value of the field's type, and lists, objects and references have none. Change the default, or remove it.");

        public static readonly FactbookDiagnostic InvalidCollectionName = Declare(
            "FB0018", Error, Schema, "Invalid collection name",
            "The collection name '{0}' must be lowercase ASCII letters, digits and '_' or '-', starting with a letter",
            "Collection names are the top-level keys of content files, so they are lowercase slugs. Rename the collection, e.g. 'Places' to 'places'.");

        public static readonly FactbookDiagnostic NameTooLong = Declare(
            "FB0019", Error, Schema, "Name too long",
            "The {0} '{1}' {2}; names that become C# names are at most 200 characters, and generated names at most 800 (the compiler's limit is 1,024 bytes, a file name's 255)",
            "Names become C# names and file names, which have length limits, so a name is at most 200 characters and a name composed from names at most 800. Shorten the name.");

        public static readonly FactbookDiagnostic UnknownCollection = Declare(
            "FB0020", Error, Content, "Unknown collection",
            "Unknown collection '{0}'{1}; the schema declares {2}",
            "A content file's top-level key names no collection the schema declares. Correct the key, or declare a type with that collection in the schema.");

        public static readonly FactbookDiagnostic MissingId = Declare(
            "FB0021", Error, Content, "Entry without id",
            "This {0} entry has no {1}",
            "Every entry needs an id, which becomes its C# member name: in its 'id' field, or where its type's 'id' in the schema says. Give the entry an id.");

        public static readonly FactbookDiagnostic InvalidId = Declare(
            "FB0022", Error, Content, "Invalid id",
            "The id '{0}' {1}",
            "An id is any one line of text (C#, CVE-2023-22795, new-york); its C# member name is derived from it. Give the entry a non-empty id on one line.");

        public static readonly FactbookDiagnostic DuplicateId = Declare(
            "FB0023", Error, Content, "Duplicate id",
            "The id '{0}' is used twice in {1}: here and at {2}",
            "Two entries of one collection have the same id, and only the first is kept. Give one of them another id, or remove the copy.");

        public static readonly FactbookDiagnostic IdNameCollision = Declare(
            "FB0024", Error, Content, "Id collides with a generated name",
            "The id '{0}' becomes the C# name '{1}', which {2}",
            "The id's C# name is taken already, by a member of the generated collection class or by another id that derives the same name. Name the entry's member in the schema's 'members', or choose another id.");

        public static readonly FactbookDiagnostic UnknownField = Declare(
            "FB0025", Error, Content, "Unknown field",
            "{0} has no field '{1}'{2}",
            "The entry has a field its type does not declare, often a typo. Correct the field's name, or declare the field in the schema.");

        public static readonly FactbookDiagnostic MissingRequiredField = Declare(
            "FB0026", Error, Content, "Missing required field",
            "{0} is missing the required field '{1}'",
            "Fields are required unless the schema says 'optional: true' or gives a 'default'. Add the field to the entry, or make it optional in the schema.");

        public static readonly FactbookDiagnostic InvalidValue = Declare(
            "FB0027", Error, Content, "Invalid value",
            "The field '{0}' expects {1}, but '{2}' is not one{3}",
            "The value does not fit the field's type: not a whole number, not a date that exists, not an absolute http(s) URL, and so on. Write the value as the message says.");

        public static readonly FactbookDiagnostic UnknownEnumValue = Declare(
            "FB0028", Error, Content, "Unknown enum value",
            "'{0}' is not an allowed value of '{1}'{2}; allowed values are {3}",
            "An enum field's value is not one of the 'values' the schema lists. Use one of them, or add the value to the schema.");

        public static readonly FactbookDiagnostic UnresolvedReference = Declare(
            "FB0029", Error, Content, "Unknown reference",
            "The field '{0}' refers to {1} '{2}', which does not exist{3}",
            "A reference names no entry of the referenced collection. Correct the id, or add the entry.");

        public static readonly FactbookDiagnostic WrongShape = Declare(
            "FB0030", Error, Content, "Wrong kind of value",
            "{0} expects {1}, but here is {2}{3}",
            "The value has the wrong shape: a list where one value belongs, one value where a list belongs, a mapping where text belongs. Write it in the shape the message names.");

        public static readonly FactbookDiagnostic NoSchema = Declare(
            "FB0031", Warning, Schema, "No schema",
            "Content was found but no schema file; declare the types in a file named '*.schema.yaml'",
            "YAML content was given to the generator, but no schema file declares its types, so nothing is generated. Declare the types in a file named '*.schema.yaml'.");

        public static readonly FactbookDiagnostic InvalidNamespace = Declare(
            "FB0032", Error, Configuration, "Invalid namespace",
            "The namespace '{0}' {1}; using '{2}' instead",
            "The FactbookNamespace property (or RootNamespace with '.Content') is not a namespace the generated code can use, so Factbook.Content is used. Set FactbookNamespace to a valid C# namespace outside .NET's own.");

        public static readonly FactbookDiagnostic InvalidLimit = Declare(
            "FB0033", Error, Configuration, "Invalid limit",
            "The MSBuild property {0} must be {1}, not '{2}'; using {3}",
            "A limit property (FactbookMaxDepth, FactbookMaxFileChars or FactbookMaxScalarChars) is not a whole number in its range, so its default is used. Set it to a whole number the message allows.");

        public static readonly FactbookDiagnostic RetiredReference = Declare(
            "FB0034", Warning, Content, "Reference to a retired entry",
            "The field '{0}' refers to the retired {1} '{2}'{3}",
            "Content refers to an entry marked retired; the reference still works. Refer to the entry that replaces it, which the message names when the retired entry gives one.");

        public static readonly FactbookDiagnostic NoContent = Declare(
            "FB0035", Warning, Configuration, "No content found",
            "Factbook found no .yaml or .yml file {0}, so it generates nothing{1}",
            "The build gave Factbook no .yaml or .yml file, so nothing is generated. Put the schema and content in the folder searched, or set the MSBuild property FactbookContentRoot to the folder that holds them.");

        public static readonly FactbookDiagnostic MoreProblems = Declare(
            "FB0036", Warning, Content, "More problems not shown",
            "{0} more problems {1} are not shown; fix the ones reported and build again",
            "A file or a build has so many problems that only the first are reported, errors before warnings. Fix the ones reported and build again.");

        public static readonly FactbookDiagnostic TooMuchText = Declare(
            "FB0037", Error, Content, "Too much text for one assembly",
            "This entry holds about {0} characters of text and is left out: the generated tables would need {1}, more than the {2} the compiler allows for the string literals of one assembly; shorten the longest texts, or split the content over projects",
            "The content holds more text than the compiler allows in the string literals of one assembly, so the largest entries are left out. Shorten the longest texts, or split the content over projects.");

        public static readonly FactbookDiagnostic LanguageVersionTooOld = Declare(
            "FB0038", Error, Configuration, "C# version too old",
            "The project compiles C# {0}, and the code Factbook generates needs C# {1} or later; set <LangVersion>{1}</LangVersion> (or latest) in the project file (netstandard2.0 and .NET Framework projects default to C# 7.3)",
            "The generated code needs a newer C# than the project compiles, so nothing is generated. Set LangVersion in the project file to the version the message names, or to latest.");

        public static readonly FactbookDiagnostic UnreadFile = Declare(
            "FB0039", Warning, Content, "File not read",
            "This file is not read: it is {0}, matches no type's 'files', and names no collection the schema declares ({1}); to read it, give its type {2} in the schema",
            "A YAML file beside the content is neither bound to a type by 'files' nor written in collections, so Factbook does not read it. Bind it to a type in the schema, or move it out of the content folder; a key that looks like a misspelt collection is an error instead.");

        /// <summary>
        /// Reported by <see cref="StringIdAnalyzer"/> at a string literal in C#. A content problem: the id names no
        /// entry of the content, and the fix is the id (or the content it should name), not the project's settings.
        /// </summary>
        public static readonly FactbookDiagnostic UnknownIdInCode = Declare(
            FixedNames.UnknownIdInCodeId, Error, Content, "Unknown id in code",
            "'{0}' is not the id of any {1} in '{2}'{3}",
            "A string given to a generated Get or TryGet, or to a generated Ref attribute, is not the id of any entry. Use the generated member, or correct the id; the code fix offers both.");

        public static readonly FactbookDiagnostic FileBoundTwice = Declare(
            "FB0041", Error, Schema, "File bound to two types",
            "This file matches the 'files' of both {0} and {1}, and is read as neither; make their patterns exclusive",
            "A content file can hold the entries of one bound type only. Change the 'files' patterns in the schema so that one type matches the file.");

        public static readonly FactbookDiagnostic ExtraFieldIgnored = Declare(
            "FB0042", Warning, Content, "Field ignored",
            "{0} has no field '{1}'{2}; its value is ignored ('extra_fields: warn')",
            "The entry has a field its type does not declare, and the type's 'extra_fields: warn' keeps the entry and ignores the value. Declare the field to read it, or set 'extra_fields: ignore' to be silent.");

        public static readonly FactbookDiagnostic NoEntryMembers = Declare(
            "FB0043", Warning, Content, "Too many entries for a member each",
            "The collection '{0}' has {1} entries, more than the {2} that get a member each; its entries are reached with {3}.Get(id), TryGet and All, and its ids are not named in C#",
            "The runtime refuses a class of more than 65,535 methods, and each entry's member is one, so a collection this large gets no member per entry. Use Get, TryGet and All, or split the collection into types.");

        public static readonly FactbookDiagnostic NotVerbatim = Declare(
            "FB0044", Error, Content, "Not verbatim",
            "'{1}' in the field '{0}' is not word for word in the text of {2} '{3}' ({4}){5}",
            "A field marked 'verbatim_in' in the schema holds words that must occur exactly in the text file of the document it cites, after runs of whitespace are made one space. Copy the words from the text, from the start of a word to the end of one; capitals, quotation marks and spelling count.");

        public static readonly FactbookDiagnostic QuotesNotChecked = Declare(
            "FB0045", Warning, Content, "Quotes not checked",
            "Quotes and excerpts were not checked word for word ({0}): {1} {2}",
            "The document cited by quotes names no text, or names a file that is not among the project's AdditionalFiles (or is too large to read, or cited by more quotes than are searched for), so its quotes and excerpts were not checked. Reported once per build. Add the file to AdditionalFiles; where the text is not yours to ship, silence FB0045 in .editorconfig; where a check must never be skipped, make it an error there (dotnet_diagnostic.FB0045.severity = error).");

        public static readonly FactbookDiagnostic TextFileAmbiguous = Declare(
            "FB0046", Error, Content, "Text file named twice",
            "'{0}' names more than one of the project's AdditionalFiles ({1}), so which text to check is not known; write more of its path",
            "A field of type 'file' is matched against the ends of the paths of the project's AdditionalFiles, and more than one matched. Write more of the path ('texts/article.txt'), so that one file matches.");

        public static readonly FactbookDiagnostic TextNotText = Declare(
            "FB0047", Error, Content, "Text file is not text",
            "'{0}', the text of {1} '{2}', cannot be checked: {3}",
            "The file a document names as its text, and that quotes are checked against, is not text in UTF-8: a PDF or other binary file, UTF-16 without a byte order mark, or Latin-1 or another code page. Save its text as UTF-8 and name that file.");

        public static readonly FactbookDiagnostic PatternMatchesNothing = Declare(
            "FB0048", Warning, Schema, "Pattern matches no file",
            "The file pattern '{0}' of type '{1}' matches no file of the build (it searches '{2}'){3}",
            "A pattern of a type's 'files' matches none of the project's YAML files, so the type has no entries from it. Correct the pattern (a folder's name, its extension), or add the files to the build's AdditionalFiles.");

        public static readonly FactbookDiagnostic MemberOfNoId = Declare(
            "FB0049", Warning, Schema, "Member named for no id",
            "'{0}' under 'members' of type '{1}' is not the id of any {1}{2}, so no entry is named {3}",
            "A key of a type's 'members' must be the id of one of its entries, written exactly (capitals count); the name given to any other key is not generated, and C# that uses it fails with CS0117. Correct the key, or remove it.");

        public static readonly FactbookDiagnostic FileGivenTwice = Declare(
            "FB0050", Warning, Content, "File given twice",
            "The build gives this file {0} times (AdditionalFiles lists it more than once){1}",
            "A content file is listed more than once in the project's AdditionalFiles, often by an Include of its own beside the one Factbook's package adds. It is read once; remove the extra Include, or add Exclude=\"@(AdditionalFiles)\" to it.");

        public static readonly FactbookDiagnostic InvalidBinding = Declare(
            "FB0051", Error, Schema, "Invalid file binding",
            "Invalid file binding: {0}",
            "How a type reads files that exist is declared wrongly: its 'files' patterns, 'layout', 'id', 'group', 'extra_fields' or 'members'. Fix the declaration as the message says; the type's files are not read until then.");

        public static readonly FactbookDiagnostic DuplicateUniqueValue = Declare(
            "FB0052", Error, Content, "Duplicate unique value",
            "The {0} '{1}' is also that of {2} at {3}; '{0}' is unique in '{4}'",
            "A field with 'unique: true' has the same value in two entries of a collection, so the lookup by it could not say which one it means. Change one of the values, or remove 'unique' if the values may repeat.");

        public static readonly FactbookDiagnostic PathLeadsNowhere = Declare(
            "FB0053", Warning, Schema, "Way down leads to no entry",
            "'at: {0}' of type '{1}' leads to no entry inside the {2} {3} {4}; check each key along the way, starting with '{5}' in each {3} entry",
            "A type whose entries sit inside another's ('in', 'at') found none: the way down names a key no holding entry has. Correct 'at' to the keys the data uses.");

        public static readonly FactbookDiagnostic MissingWhenRequired = Declare(
            "FB0054", Error, Content, "Missing field its status requires",
            "{0} is missing '{1}'{4}, which is required when '{2}' is '{3}'",
            "A field the schema makes required by another's value ('required_when') is empty: a review 'checked' needs its verdict. Add the field, or change the value that requires it.");

        public static readonly FactbookDiagnostic InternalError = Declare(
            "FB0999", Error, Internal, "Internal error",
            "Factbook failed on {0}: {1}; please report it",
            "Factbook itself failed, which is a bug in Factbook, never in the content. Please report it with the file it names.");

        /// <summary>Every diagnostic, in the order declared above, which is id order.</summary>
        public static IReadOnlyList<FactbookDiagnostic> All => Declared;

        private static readonly Dictionary<string, FactbookDiagnostic> ById = Declared.ToDictionary(d => d.Id);

        public static FactbookDiagnostic Find(string id) => ById[id];

        private static FactbookDiagnostic Declare(string id, FactbookSeverity severity, string category, string title, string messageFormat, string description)
        {
            var diagnostic = new FactbookDiagnostic(id, title, messageFormat, severity, category, description);
            Declared.Add(diagnostic);
            return diagnostic;
        }
    }
}
