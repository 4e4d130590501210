namespace Factbook.Generator.Schema
{
    /// <summary>
    /// Reads how a type finds its entries in YAML that already exists: <c>files</c>, <c>layout</c>, <c>id</c>,
    /// <c>group</c>, <c>extra_fields</c> and <c>members</c>. Everything it refuses is FB0051 at the key, with what
    /// is allowed; the type is then left out like any type with a schema error.
    /// </summary>
    internal static class TypeBindingReader
    {
        /// <summary>The keys of a type that this reader owns.</summary>
        public static readonly string[] Keys = Keywords.BindingKeys;

        public static readonly string[] Layouts = { "collections", "list", "map", "record", "groups" };
        public static readonly string[] IdSources = { "field", "key", "path", "position" };
        public static readonly string[] Policies = { "error", "warn", "ignore" };

        /// <summary><c>members: none</c>: no member per entry, for data reached by id and lookups, whose members would only cost build time.</summary>
        public const string NoMembers = "none";

        /// <summary>More patterns than this for one type are refused.</summary>
        public const int MaxPatterns = 64;

        /// <param name="at">For a type whose entries sit inside another's, the way down to them (<c>at</c>), which decides the ids they can take.</param>
        public static TypeBinding Read(string schemaPath, YamlNode typeNode, string typeName, EquatableArray<FieldSpec> fields, Action<SourceSpan, string> invalid, EquatableArray<EntryPathStep> at = default)
        {
            var label = "type '" + typeName + "'";
            var (written, fileSpans) = ReadFiles(typeNode.Get(Keywords.Files), label, invalid);
            var (root, files) = Rooted(Folder(schemaPath), written);
            var absolute = schemaPath.StartsWith("/", StringComparison.Ordinal) || schemaPath.IndexOf(':') > 0;
            if (absolute && files.Any(pattern => pattern.StartsWith("../", StringComparison.Ordinal)))
            {
                // Above the file system's root: no file can be there.
                invalid(fileSpans[files.ToList().FindIndex(pattern => pattern.StartsWith("../", StringComparison.Ordinal))], BindingProblems.AboveTheRoot(label));
                (root, files) = (Folder(schemaPath), EquatableArray<string>.Empty);
            }

            var filesGiven = typeNode.Get(Keywords.Files) is { IsNull: false };
            var layoutNode = typeNode.Get(Keywords.Layout);
            // With 'in', 'layout' is refused for that (SchemaReader.Nesting): not also for wanting 'files'.
            var layout = ReadLayout(layoutNode, files.Count > 0, filesGiven || at.Count > 0, label, invalid);
            var layoutRefused = layoutNode is { IsNull: false } && !(layoutNode.Kind == YamlNodeKind.Scalar && Layouts.Contains(layoutNode.Text));
            var (idFrom, idField) = ReadIdSource(typeNode.Get(Keywords.Id), layout, files.Count > 0, fields, label, invalid, at);
            var group = layoutRefused ? string.Empty : ReadGroupField(typeNode.Get(Keywords.Group), (layoutNode ?? typeNode).Span, layout, fields, label, invalid);
            var policy = OneOf(typeNode.Get(Keywords.ExtraFields), Policies, "extra_fields", label, invalid) switch
            {
                "warn" => ExtraFieldsPolicy.Warn,
                "ignore" => ExtraFieldsPolicy.Ignore,
                _ => ExtraFieldsPolicy.Error,
            };
            var membersNode = typeNode.Get(Keywords.Members);
            var entryMembers = !(membersNode is { Kind: YamlNodeKind.Scalar, IsNull: false } && membersNode.Text == NoMembers);
            var members = entryMembers ? ReadMembers(membersNode, label, invalid) : EquatableArray<MemberOverride>.Empty;
            var retiredWhen = ReadRetiredWhen(typeNode.Get(Keywords.Retired), fields, label, invalid);
            return new TypeBinding(files, root, layout, idFrom, idField, group, policy, members) { FileSpans = fileSpans, SchemaPath = schemaPath, EntryMembers = entryMembers, RetiredWhen = retiredWhen, WrittenFiles = written };
        }

        /// <summary>
        /// Patterns that start with <c>../</c> reach files beside the schema's folder (<c>../.github/workflows/*.yml</c>,
        /// <c>../_data/*.yml</c>): the root moves up as far as the furthest one goes, and every pattern is written from
        /// there, so one root serves all and path ids still start where each pattern's folder does.
        /// </summary>
        private static (string Root, EquatableArray<string> Patterns) Rooted(string folder, EquatableArray<string> patterns)
        {
            var ups = patterns.Count == 0 ? 0 : patterns.Max(FileGlob.LeadingUps);
            var names = folder.TrimEnd('/').Split('/');
            // A relative folder (as the checker may be given) can go up to where it starts; an absolute one not past its root.
            var relative = names[0].Length > 0 && names[0].IndexOf(':') < 0;
            if (ups == 0 || ups > names.Length || (ups == names.Length && !relative))
            {
                return (folder, patterns);
            }

            var root = ups == names.Length ? string.Empty : string.Join("/", names.Take(names.Length - ups)) + "/";
            return (root, patterns.Select(pattern =>
            {
                // './e2/*.yml' is 'e2/*.yml': written from the new root, a './' inside would match no path.
                while (pattern.StartsWith("./", StringComparison.Ordinal))
                {
                    pattern = pattern.Substring(2);
                }

                var own = FileGlob.LeadingUps(pattern);
                var below = names.Skip(names.Length - ups).Take(ups - own);
                return string.Concat(below.Select(name => name + "/")) + pattern.Substring(own * 3);
            }).ToEquatableArray());
        }

        /// <summary>Only the valid patterns of <c>files</c>, without reporting: for a type left out for another error.</summary>
        public static TypeBinding FilesOnly(string schemaPath, YamlNode typeNode)
        {
            var (root, files) = Rooted(Folder(schemaPath), ReadFiles(typeNode.Get(Keywords.Files), string.Empty, (_, _) => { }).Patterns);
            return TypeBinding.Default with { Files = files, Root = root };
        }

        /// <summary>A file's path from a folder, with <c>../</c> for each folder above it: what a pattern in that folder's schema writes.</summary>
        public static string RelativeTo(string folder, string path)
        {
            var from = folder.TrimEnd('/').Split('/');
            var to = path.Split('/');
            var common = 0;
            while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
            {
                common++;
            }

            return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join("/", to.Skip(common));
        }

        /// <summary>The folder of a file, with '/' separators and a trailing '/'; patterns are relative to it.</summary>
        public static string Folder(string path)
        {
            var normal = path.Replace('\\', '/');
            return normal.Substring(0, normal.LastIndexOf('/') + 1);
        }

        private static (EquatableArray<string> Patterns, EquatableArray<SourceSpan> Spans) ReadFiles(YamlNode? node, string label, Action<SourceSpan, string> invalid)
        {
            if (node is null || node.IsNull)
            {
                return (EquatableArray<string>.Empty, EquatableArray<SourceSpan>.Empty);
            }

            var items = node.Kind == YamlNodeKind.Sequence ? node.Items.ToArray() : node.Kind == YamlNodeKind.Scalar ? new[] { node } : Array.Empty<YamlNode>();
            if (items.Length == 0)
            {
                invalid(node.Span, BindingProblems.FilesNotPatterns(label, node.Describe()));
                return (EquatableArray<string>.Empty, EquatableArray<SourceSpan>.Empty);
            }

            if (items.Length > MaxPatterns)
            {
                // Each pattern is tried against every file of the build: a few suffice for any layout of folders.
                invalid(node.Span, BindingProblems.TooManyPatterns(label, items.Length, MaxPatterns));
                return (EquatableArray<string>.Empty, EquatableArray<SourceSpan>.Empty);
            }

            var patterns = new List<string>();
            var spans = new List<SourceSpan>();
            foreach (var item in items)
            {
                if (item.Kind != YamlNodeKind.Scalar || item.IsNull)
                {
                    invalid(item.Span, BindingProblems.PatternNotText(label, item.Describe()));
                }
                else if (FileGlob.Parse(item.Text, out var problem) is null)
                {
                    invalid(item.Span, BindingProblems.BadPattern(item.Text, label, problem ?? string.Empty));
                }
                else
                {
                    patterns.Add(item.Text);
                    spans.Add(item.Span);
                }
            }

            return (patterns.ToEquatableArray(), spans.ToEquatableArray());
        }

        private static FileLayout ReadLayout(YamlNode? node, bool hasFiles, bool filesGiven, string label, Action<SourceSpan, string> invalid)
        {
            var text = OneOf(node, Layouts, "layout", label, invalid);
            if (text is null)
            {
                return hasFiles ? FileLayout.Inferred : FileLayout.Collections;
            }

            // 'files' written but refused is reported already: saying it is missing too would send the user elsewhere.
            if (!hasFiles && !filesGiven && text != "collections")
            {
                invalid(node!.Span, BindingProblems.LayoutNeedsFiles(text, label));
            }

            return text switch
            {
                "list" => FileLayout.List,
                "map" => FileLayout.Map,
                "record" => FileLayout.Record,
                "groups" => FileLayout.Groups,
                _ => FileLayout.Collections,
            };
        }

        private static (IdSource? From, string Field) ReadIdSource(YamlNode? node, FileLayout layout, bool hasFiles, EquatableArray<FieldSpec> fields, string label, Action<SourceSpan, string> invalid, EquatableArray<EntryPathStep> at)
        {
            IdSource? byLayout = null;
            if (node is null || node.IsNull)
            {
                return (byLayout, "id");
            }

            if (node.Kind != YamlNodeKind.Mapping)
            {
                invalid(node.Span, BindingProblems.IdNotAMapping(label, node.Describe()));
                return (byLayout, "id");
            }

            var unknownKeys = node.Entries.Where(pair => !Keywords.IdKeys.Contains(pair.Key.Text)).ToList();
            foreach (var pair in unknownKeys)
            {
                invalid(pair.Key.Span, BindingProblems.IdKey(label, pair.Key.Text, Identifiers.Suggestion(pair.Key.Text, Keywords.IdKeys)));
            }

            var fromNode = node.Get("from");
            var from = OneOf(fromNode, IdSources, "'from' of 'id'", label, invalid);
            if (unknownKeys.Count > 0 || (from is null && fromNode is { IsNull: false }))
            {
                return (byLayout, "id"); // reported; what else the mapping lacks follows from that mistake
            }

            from ??= "field";
            var fieldNode = node.Get("field");
            if (from != "field")
            {
                if (at.Count > 0)
                {
                    CheckSourceInside(node, fieldNode, from, at, label, invalid);
                }
                else
                {
                    CheckSourceOtherThanField(node, fieldNode, from, layout, hasFiles, label, invalid);
                }

                return (from switch { "key" => IdSource.Key, "path" => IdSource.Path, _ => IdSource.Position }, string.Empty);
            }

            if (fieldNode is null || fieldNode.Kind != YamlNodeKind.Scalar || fieldNode.IsNull)
            {
                invalid((fieldNode ?? node).Span, BindingProblems.FromFieldNeedsField(label));
                return (IdSource.Field, "id");
            }

            var field = fields.FirstOrDefault(candidate => candidate.Name == fieldNode.Text);
            if (fieldNode.Text != "id" && (field is null || field.IsList || field.Kind is not (FieldKind.Scalar or FieldKind.Enum) || !field.IsRequired))
            {
                invalid(fieldNode.Span, BindingProblems.IdFieldNotRequiredSingle(fieldNode.Text, label, Identifiers.Suggestion(fieldNode.Text, fields.Select(candidate => candidate.Name))));
            }

            return (IdSource.Field, fieldNode.Text);
        }

        /// <summary><c>from: key</c>, <c>path</c> or <c>position</c>: no <c>field</c>, files to take ids from, and a layout that gives each entry its own.</summary>
        private static void CheckSourceOtherThanField(YamlNode node, YamlNode? fieldNode, string from, FileLayout layout, bool hasFiles, string label, Action<SourceSpan, string> invalid)
        {
            if (fieldNode is not null)
            {
                invalid(fieldNode.Span, BindingProblems.FieldWithoutFromField(label));
            }

            if (!hasFiles)
            {
                invalid(node.Span, BindingProblems.IdSourceNeedsFiles(from, label));
            }
            else if (from == "key" && layout is not (FileLayout.Map or FileLayout.Inferred))
            {
                invalid(node.Span, BindingProblems.KeyNeedsMap(label));
            }
            else if (from == "path" && layout != FileLayout.Record)
            {
                // Also when the layout is left to each file: one file that is a list would give all its entries one id.
                invalid(node.Span, BindingProblems.PathNeedsRecord(label));
            }
        }

        /// <summary>Inside other entries: <c>key</c> where <c>at</c> ends in a map, <c>position</c> anywhere (the holding entry's id and a number), never <c>path</c>.</summary>
        private static void CheckSourceInside(YamlNode node, YamlNode? fieldNode, string from, EquatableArray<EntryPathStep> at, string label, Action<SourceSpan, string> invalid)
        {
            if (fieldNode is not null)
            {
                invalid(fieldNode.Span, BindingProblems.FieldWithoutFromField(label));
            }

            if (from == "key" && at[at.Count - 1].Each != EntryPathEach.MapValues)
            {
                invalid(node.Span, BindingProblems.KeyNeedsMapStep(label));
            }
            else if (from == "path")
            {
                invalid(node.Span, BindingProblems.PathIdInside(label));
            }
        }

        /// <summary><c>retired: { when: withdrawn }</c>: a single field of the type whose value, when there is one, retires the entry.</summary>
        private static string ReadRetiredWhen(YamlNode? node, EquatableArray<FieldSpec> fields, string label, Action<SourceSpan, string> invalid)
        {
            if (node is null || node.IsNull)
            {
                return string.Empty;
            }

            var when = node.Kind == YamlNodeKind.Mapping && node.Entries.Count == 1 ? node.Get(Keywords.When) : null;
            if (when is not { Kind: YamlNodeKind.Scalar, IsNull: false })
            {
                invalid(node.Span, BindingProblems.RetiredNotWhen(label, node.Describe()));
                return string.Empty;
            }

            // A single value with no default: a default would retire (or keep) every entry that leaves the field out.
            static bool CanRetire(FieldSpec field) => !field.IsMany && field.Kind is FieldKind.Scalar or FieldKind.Enum or FieldKind.Reference && field.Default is null;
            if (!fields.Any(field => field.Name == when.Text && CanRetire(field)))
            {
                invalid(when.Span, BindingProblems.RetiredWhenNotAField(label, MessageText.Quote(when.Text), Identifiers.Suggestion(when.Text, fields.Where(CanRetire).Select(field => field.Name))));
                return string.Empty;
            }

            return when.Text;
        }

        private static string ReadGroupField(YamlNode? node, SourceSpan layoutSpan, FileLayout layout, EquatableArray<FieldSpec> fields, string label, Action<SourceSpan, string> invalid)
        {
            if (node is null || node.IsNull)
            {
                if (layout == FileLayout.Groups)
                {
                    invalid(layoutSpan, BindingProblems.GroupsNeedGroup(label));
                }

                return string.Empty;
            }

            if (layout != FileLayout.Groups)
            {
                invalid(node.Span, BindingProblems.GroupWithoutGroups(label));
                return string.Empty;
            }

            var field = fields.FirstOrDefault(candidate => candidate.Name == node.Text);
            if (node.Kind != YamlNodeKind.Scalar || field is null || field.IsList || !(field.Kind == FieldKind.Enum || field.Scalar == Kinds.ScalarKinds.String))
            {
                invalid(node.Span, BindingProblems.GroupNotTextField(label, Identifiers.Suggestion(node.Text, fields.Select(candidate => candidate.Name))));
                return string.Empty;
            }

            return node.Text;
        }

        private static EquatableArray<MemberOverride> ReadMembers(YamlNode? node, string label, Action<SourceSpan, string> invalid)
        {
            if (node is null || node.IsNull)
            {
                return EquatableArray<MemberOverride>.Empty;
            }

            if (node.Kind != YamlNodeKind.Mapping)
            {
                invalid(node.Span, BindingProblems.MembersNotAMapping(label, node.Describe()));
                return EquatableArray<MemberOverride>.Empty;
            }

            var members = new List<MemberOverride>();
            foreach (var pair in node.Entries)
            {
                var name = pair.Value.Text;
                if (pair.Value.Kind != YamlNodeKind.Scalar || pair.Value.IsNull || !IsMemberName(name) || Identifiers.LengthProblem(name) is not null)
                {
                    invalid(pair.Value.Span, BindingProblems.MemberName(pair.Key.Text, label));
                    continue;
                }

                members.Add(new MemberOverride(pair.Key.Text, name, pair.Key.Span));
            }

            return members.ToEquatableArray();
        }

        /// <summary>
        /// A name <see cref="MemberNames"/> could give, so that every name FB0024 suggests is accepted: letters (any
        /// script, with their marks), digits and '_', not starting with a digit, nor with a lowercase ASCII letter
        /// like the collection class's own private members and C#'s keywords.
        /// </summary>
        private static bool IsMemberName(string name)
        {
            if (name.Length == 0 || !(name[0] == '_' || (char.IsLetter(name[0]) && !char.IsSurrogate(name[0]) && !(name[0] >= 'a' && name[0] <= 'z'))) || Identifiers.IsKeyword(name))
            {
                return false;
            }

            foreach (var c in name)
            {
                var isPart = c == '_' || (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) ||
                    System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
                if (!isPart)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The node's text when it is one of <paramref name="allowed"/>; null when absent or refused (then reported).</summary>
        private static string? OneOf(YamlNode? node, string[] allowed, string key, string label, Action<SourceSpan, string> invalid)
        {
            if (node is null || node.IsNull)
            {
                return null;
            }

            if (node.Kind == YamlNodeKind.Scalar && allowed.Contains(node.Text))
            {
                return node.Text;
            }

            var given = node.Kind == YamlNodeKind.Scalar ? "'" + MessageText.Quote(node.Text) + "'" + Identifiers.Suggestion(node.Text, allowed) : node.Describe();
            invalid(node.Span, BindingProblems.NotOneOf(key, label, allowed, given));
            return null;
        }
    }
}
