using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;

namespace Factbook.Cli
{
    /// <summary>
    /// A folder whose YAML files are loaded together, as one build would load them, and the files of it to
    /// report on: all of them when <see cref="NamedFiles"/> is null, else only those (full paths).
    /// </summary>
    internal sealed record ContentRoot(string Folder, IReadOnlyCollection<string>? NamedFiles)
    {
        /// <summary>
        /// The roots of the paths given on the command line. A folder is a root of its own; a file belongs to
        /// the highest folder above it that holds a schema file, within its project, so references into other
        /// files resolve and a schema split over folders is whole.
        /// </summary>
        public static IReadOnlyList<ContentRoot> Resolve(IEnumerable<string> paths)
        {
            var roots = new List<(string FullPath, ContentRoot Root)>();
            foreach (var path in paths)
            {
                ContentRoot root;
                if (IsFolder(path))
                {
                    root = new ContentRoot(path, null);
                }
                else
                {
                    var type = FileTypes.Of(path, followLinks: true);
                    if (type.Kind != FileKind.File)
                    {
                        throw new CannotRunException(Unusable(path, type, "No file or folder"));
                    }

                    if (!ParsedYamlFile.IsYamlPath(path))
                    {
                        throw new CannotRunException("'" + path + "' is not a YAML file (.yaml or .yml).");
                    }

                    root = new ContentRoot(FolderOf(path), new[] { Path.GetFullPath(path) });
                }

                var fullPath = Path.GetFullPath(root.Folder);
                var index = roots.FindIndex(known => known.FullPath == fullPath);
                if (index < 0)
                {
                    roots.Add((fullPath, root));
                }
                else
                {
                    roots[index] = (fullPath, roots[index].Root.With(root));
                }
            }

            return roots.Select(known => known.Root).ToList();
        }

        /// <summary>Only a folder: for commands about a whole content folder.</summary>
        public static ContentRoot OfFolder(string path)
        {
            if (IsFolder(path))
            {
                return new ContentRoot(path, null);
            }

            var type = FileTypes.Of(path, followLinks: true);
            throw new CannotRunException(type.Kind == FileKind.File ? "'" + path + "' is a file; give its content folder." : Unusable(path, type, "No folder"));
        }

        /// <summary>
        /// Why a path given to the command cannot be used: it names nothing, a link that leads nowhere, a pipe
        /// or device, or something the system would not let the command look at.
        /// </summary>
        private static string Unusable(string path, FileType type, string missing)
        {
            if (type.Kind == FileKind.Invalid)
            {
                return "'" + path + "' is not a valid path: it holds a character no path can have.";
            }

            if (type.Kind == FileKind.Missing && FileTypes.Of(path, followLinks: false).Kind == FileKind.Link)
            {
                return "'" + path + "' is a link to '" + LinkTarget(path) + "', which " + type.What + ".";
            }

            return type.Kind switch
            {
                FileKind.Missing => missing + " '" + path + "'.",
                FileKind.Special => "'" + path + "' is " + type.What + ", not a regular file.",
                FileKind.Folder => "'" + path + "' is a folder.",
                _ => "Cannot read '" + path + "': " + type.What.TrimEnd('.') + ".",
            };
        }

        /// <summary>
        /// Whether to report a problem: every one for a folder; for named files, theirs and those that concern
        /// every file, in a schema file or a missing schema.
        /// </summary>
        public bool Reports(DiagnosticInfo diagnostic) =>
            NamedFiles is null ||
            diagnostic.Path.Length == 0 ||
            ParsedYamlFile.IsSchemaPath(diagnostic.Path) ||
            diagnostic.Id == FactbookDiagnostics.NoSchema.Id ||
            NamedFiles.Contains(Path.GetFullPath(diagnostic.Path));

        /// <summary>
        /// Every YAML file under the folder, in path order, with paths as the user wrote the folder. A link to
        /// a folder is never followed, so no loop of links and no folder read twice; a link to a file is read,
        /// as the build's <c>**/*.yaml</c> includes it. Only regular files are opened: a named pipe, socket or
        /// device is skipped. Each skip is one warning line on <paramref name="warnings"/>.
        /// </summary>
        public IReadOnlyList<(string Path, string Text)> ReadFiles(TextWriter warnings)
        {
            var (files, skipped) = FindYamlFiles();
            foreach (var (_, warning) in skipped.OrderBy(skip => skip.Path, StringComparer.Ordinal))
            {
                warnings.WriteLine(CliApp.OneLine(warning));
            }

            files.Sort(StringComparer.Ordinal);
            if (files.Count == 0)
            {
                throw new CannotRunException("No YAML files (.yaml or .yml) under '" + Folder + "'.");
            }

            var unread = NamedFiles?.Except(files.Select(Path.GetFullPath)).FirstOrDefault();
            if (unread is not null)
            {
                throw new CannotRunException("'" + Shown(unread) + "' is not content of '" + Folder + "': it is reached through a link, and links are not followed; check the folder the link leads to.");
            }

            return files.Select(path => (path, Read(path))).ToList();
        }

        /// <summary>
        /// The YAML files beside the folder that its schemas name with <c>../</c> (<c>files: "../.github/workflows/*.yml"</c>),
        /// with full paths: a build reads them when its project gives them as AdditionalFiles, so a check of the
        /// folder reads them too. Only what a pattern can match is searched: from the folder it starts in, as deep as
        /// it goes (any depth only with <c>**</c>), links to folders not followed, and only regular files that match
        /// read. Empty when no pattern leaves the folder.
        /// </summary>
        public IReadOnlyList<(string Path, string Text)> FilesBeside(IReadOnlyList<(string Path, string Text)> files, ParseLimits limits)
        {
            var inside = Path.GetFullPath(Folder).Replace('\\', '/').TrimEnd('/') + "/";
            var schemaFiles = files.Where(file => ParsedYamlFile.IsSchemaPath(file.Path)).Select(file => (Path.GetFullPath(file.Path).Replace('\\', '/'), file.Text)).ToList();
            if (schemaFiles.Count == 0)
            {
                return Array.Empty<(string, string)>();
            }

            var read = new HashSet<string>(files.Select(file => Path.GetFullPath(file.Path).Replace('\\', '/')), StringComparer.Ordinal);
            var found = new List<string>();
            foreach (var binding in ContentLoader.Load(schemaFiles, limits).Schema.Types.Select(type => type.Binding).Where(binding => binding.IsBound))
            {
                foreach (var pattern in binding.Files)
                {
                    // Patterns inside the folder name files read with it already.
                    if (FileGlob.Parse(pattern, out _) is not { } glob || !Directory.Exists(binding.Root + glob.Base) ||
                        (Path.GetFullPath(binding.Root + glob.Base).Replace('\\', '/').TrimEnd('/') + "/").StartsWith(inside, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var below = pattern.Substring(glob.Base.Length);
                    var candidates = new List<string>();
                    Walk(binding.Root + glob.Base, below.Contains("**", StringComparison.Ordinal) ? -1 : below.Count(c => c == '/'), candidates);
                    found.AddRange(candidates.Where(path => FileBinding.Matches(binding, path) is not null && FileTypes.Of(path, followLinks: true).Kind is FileKind.File or FileKind.Unknown && read.Add(path)));
                }
            }

            found.Sort(StringComparer.Ordinal);
            return found.Select(path => (path, Read(path))).ToList();
        }

        /// <summary>The YAML files in a folder and, <paramref name="depth"/> folders down (-1: any), below it; links to folders not followed, unreadable folders skipped.</summary>
        private static void Walk(string folder, int depth, List<string> found)
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }

            foreach (var entry in entries)
            {
                var path = Path.Join(folder, entry.Name).Replace('\\', '/');
                if (entry is DirectoryInfo)
                {
                    if (depth != 0 && !((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null))
                    {
                        Walk(path, depth - 1, found);
                    }
                }
                else if (ParsedYamlFile.IsYamlPath(path))
                {
                    found.Add(path);
                }
            }
        }

        /// <summary>The regular YAML files below the folder, links to folders not followed, and what was skipped with its warning.</summary>
        private (List<string> Files, List<(string Path, string Warning)> Skipped) FindYamlFiles()
        {
            var files = new List<string>();
            var skipped = new List<(string Path, string Warning)>();
            var folders = new Stack<string>();
            folders.Push(Folder);
            while (folders.Count > 0)
            {
                var folder = folders.Pop();
                foreach (var entry in EntriesOf(folder))
                {
                    var path = Path.Join(folder, entry.Name).Replace('\\', '/');
                    var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null;
                    if (entry is DirectoryInfo)
                    {
                        if (isLink)
                        {
                            skipped.Add((path, "warning: skipped the link '" + path + "' (links are not followed)"));
                        }
                        else
                        {
                            folders.Push(path);
                        }

                        continue;
                    }

                    if (!ParsedYamlFile.IsYamlPath(path))
                    {
                        continue;
                    }

                    var type = FileTypes.Of(path, followLinks: true);
                    switch (type.Kind)
                    {
                        case FileKind.File or FileKind.Unknown:
                            files.Add(path);
                            break;
                        case FileKind.Special:
                            skipped.Add((path, "warning: skipped '" + path + "' (" + type.What + ", not a regular file)"));
                            break;
                        case FileKind.Folder or FileKind.Link:
                            skipped.Add((path, "warning: skipped the link '" + path + "' (links are not followed)"));
                            break;
                        default:
                            throw new CannotRunException(Unusable(path, type, "No file"));
                    }
                }
            }

            return (files, skipped);
        }

        /// <summary>The entries of one folder, hidden ones too, as the build's globs see them; in name order, so what is reported first does not depend on the file system.</summary>
        private static List<FileSystemInfo> EntriesOf(string folder)
        {
            try
            {
                return new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false })
                    .OrderBy(entry => entry.Name, StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CannotRunException("Cannot read the folder '" + folder + "': " + e.Message);
            }
        }

        /// <summary>A content file's text, or one line saying why it cannot be read.</summary>
        internal static string Read(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CannotRunException("Cannot read '" + path + "': " + e.Message);
            }
        }

        /// <summary>A folder, or a link to one: a path the user gave is followed, as they chose it.</summary>
        private static bool IsFolder(string path) => FileTypes.Of(path, followLinks: true).Kind == FileKind.Folder;

        private static string LinkTarget(string path)
        {
            try
            {
                return new FileInfo(path).LinkTarget ?? string.Empty;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return string.Empty;
            }
        }

        /// <summary>A full path written as the folder is: relative to the current folder when the folder was given so.</summary>
        private string Shown(string fullPath) =>
            (Path.IsPathRooted(Folder) ? fullPath : Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath)).Replace('\\', '/');

        /// <summary>The same folder named twice reports on everything either asks for.</summary>
        private ContentRoot With(ContentRoot other) =>
            NamedFiles is null || other.NamedFiles is null ? this with { NamedFiles = null } : this with { NamedFiles = NamedFiles.Union(other.NamedFiles).ToList() };

        /// <summary>
        /// The nearest folder at or above the file's that holds a schema file, else the file's own; written
        /// relative to the current folder when the file was, so reported paths look like the ones given.
        /// </summary>
        private static string FolderOf(string file)
        {
            // The highest folder with a schema file below the project's own folder (or the repository's): a schema
            // split over content/ and content/facts/ is one schema to the build, whose glob takes both.
            // Outside any project or repository only the nearest schema folder is sure to be the same content.
            var own = Path.GetDirectoryName(Path.GetFullPath(file))!;
            string? nearest = null;
            string? highest = null;
            var bounded = false;
            for (var folder = own; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (HoldsSchema(folder))
                {
                    nearest ??= folder;
                    highest = folder;
                }

                if (IsProjectOrRepository(folder))
                {
                    bounded = true;
                    break;
                }
            }

            var chosen = (bounded ? highest : nearest) ?? own;
            return Path.IsPathRooted(file) ? chosen : Path.GetRelativePath(Directory.GetCurrentDirectory(), chosen);
        }

        /// <summary>A folder with a project file or a repository's root: content above it belongs to another build.</summary>
        private static bool IsProjectOrRepository(string folder)
        {
            try
            {
                return Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")) ||
                    Directory.EnumerateFiles(folder, "*.*proj").Any();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return true;
            }
        }

        /// <summary>A folder that cannot be read holds no schema that a build could see either.</summary>
        private static bool HoldsSchema(string folder)
        {
            try
            {
                return Directory.EnumerateFiles(folder).Any(ParsedYamlFile.IsSchemaPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
