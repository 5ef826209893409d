;;; newsmark-test.el --- editors/emacs/newsmark-mode.el driven headless  -*- lexical-binding: t; -*-

;; Emacs (batch) as a new user's Emacs with the README's set-up: it loads
;; editors/emacs/newsmark-mode.el the way init.el would, opens an article, and checks what eglot
;; makes of the NewsMark server: diagnostics in flymake (with a rule switched off in
;; .dir-locals.el), the outline in imenu, hover, completion of a speaker id, and one code action
;; applied.  Every wait polls with a deadline.
;;
;; Usage: emacs --batch -q -l newsmark-test.el ARTICLE   (run by test/emacs/run.sh)
;; Env: NEWSMARK_MODE_EL  the file under test;  LSP_TIMEOUT_MS (default 15000).
;; Prints PASS/FAIL lines and "N passed, N failed"; exits 0 only when every check passes.

;;; Code:

(require 'cl-lib)

(defvar newsmark-test--passed 0)
(defvar newsmark-test--failed 0)
(defvar newsmark-test--timeout
  (/ (string-to-number (or (getenv "LSP_TIMEOUT_MS") "15000")) 1000.0))

(defun newsmark-test--check (ok what &optional detail)
  (if ok (cl-incf newsmark-test--passed) (cl-incf newsmark-test--failed))
  (princ (format "%s %s%s\n" (if ok "PASS" "FAIL") what
                 (if (and detail (not ok)) (format ": %s" detail) ""))))

(defun newsmark-test--wait (predicate)
  "Process the server's messages until PREDICATE is non-nil or the deadline; return its value."
  (let ((deadline (+ (float-time) newsmark-test--timeout))
        (value (funcall predicate)))
    (while (and (not value) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (setq value (funcall predicate)))
    value))

(defun newsmark-test--idle ()
  "Run the idle timers, as Emacs does when the user pauses (batch mode never idles).
After an edit, eglot sends didChange and flymake asks for the new diagnostics from these."
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list) (timer-event-handler timer)))
  nil)

(defun newsmark-test--codes ()
  "The codes of the buffer's flymake diagnostics, in buffer order."
  (mapcar (lambda (d)
            (plist-get (cdr (assq 'eglot-lsp-diag (flymake-diagnostic-data d))) :code))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(defun newsmark-test--goto (needle &optional offset)
  (goto-char (point-min))
  (search-forward needle)
  (goto-char (+ (match-beginning 0) (or offset 0))))

(defun newsmark-test--run (article)
  ;; What Emacs does at start-up before init.el (batch mode skips it): make the installed
  ;; packages (Debian's elpa-eglot) loadable.  Then init.el's one line.
  (package-activate-all)
  (load (getenv "NEWSMARK_MODE_EL") nil t)
  (newsmark-test--check (not (featurep 'eglot)) "loading the set-up does not need eglot loaded yet")
  (find-file article)
  (newsmark-test--check (eq major-mode 'newsmark-mode) "a .news file opens in newsmark-mode" major-mode)
  ;; `eglot-ensure' connects when the command that opened the file ends: the command loop runs
  ;; `post-command-hook' then, which batch mode has no command loop to do.
  (run-hooks 'post-command-hook)
  (newsmark-test--check (newsmark-test--wait (lambda () (bound-and-true-p eglot--managed-mode)))
                        "eglot-ensure starts the server and manages the buffer")

  ;; Diagnostics, as flymake shows them; speaker-unused is switched off in .dir-locals.el.
  (flymake-start nil t)
  (let ((want '("dateline-month-style" "quote-unknown-speaker")))
    (newsmark-test--wait (lambda () (equal (newsmark-test--codes) want)))
    (newsmark-test--check (equal (newsmark-test--codes) want)
                          (format "flymake shows the diagnostics %S" want) (newsmark-test--codes)))

  ;; The outline in imenu: eglot groups symbols by kind, the quotes under their speaker.
  (let* ((index (funcall imenu-create-index-function))
         (quotes (cdr (assoc "String" index)))
         (names (lambda (speaker) (mapcar #'car (cdr (assoc speaker quotes))))))
    (newsmark-test--check (equal (funcall names "Anna Berg") '("We need more time" "The plan is not dead"))
                          "imenu lists Anna Berg's two quotes under her name" index)
    (newsmark-test--check (equal (funcall names "Otto Lind") '("The minutes are ready"))
                          "imenu lists Otto Lind's quote under his name" index))

  ;; Hover on a speaker reference, through eldoc's function as eglot registers it.
  (newsmark-test--goto "{@clerk}" 3)
  (let ((hover nil))
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
    (newsmark-test--wait (lambda () hover))
    (newsmark-test--check (and hover (string-match-p "Otto Lind" hover) (string-match-p "city clerk" hover))
                          "hover on {@clerk} names Otto Lind, city clerk" hover))

  ;; Completion of a speaker id after "{@", as completion-at-point asks for it.
  (goto-char (point-max))
  (insert "\n[Work starts in May]{@cl")
  (let* ((capf (eglot-completion-at-point))
         (candidates (and capf (all-completions (buffer-substring (nth 0 capf) (nth 1 capf)) (nth 2 capf)))))
    (newsmark-test--check (member "clerk" candidates) "completion after {@cl offers clerk" candidates))
  (delete-region (progn (search-backward "\n[Work starts") (point)) (point-max))

  ;; A code action: the quick fix of dateline-month-style, picked from eglot's menu as a user
  ;; would, applied to the buffer, and the diagnostic gone after it.
  (newsmark-test--goto "Mar. 14")
  (let* ((title nil)
         (completing-read-function
          (lambda (_prompt collection &rest _)
            (setq title (cl-find-if (lambda (c) (string-match-p "March" c)) (all-completions "" collection)))))
         ;; Not a mouse event: eglot asks through completing-read, not a pop-up menu.
         (last-nonmenu-event ?\r))
    (set-mark (point))
    (forward-char 4)
    (activate-mark)
    (condition-case err (call-interactively #'eglot-code-actions)
      (error (newsmark-test--check nil "eglot-code-actions" err)))
    (deactivate-mark)
    (newsmark-test--check title "the code actions on \"Mar.\" include a fix to March" title)
    (newsmark-test--check (newsmark-test--wait (lambda () (save-excursion (goto-char (point-min)) (search-forward "HAMBURG, March 14 (Reuters)" nil t))))
                          "the fix rewrote the dateline to \"HAMBURG, March 14 (Reuters)\""
                          (buffer-substring (line-beginning-position) (line-end-position))))
  (let ((want '("quote-unknown-speaker")))
    (newsmark-test--wait (lambda () (or (equal (newsmark-test--codes) want) (newsmark-test--idle))))
    (newsmark-test--check (equal (newsmark-test--codes) want) "after the fix flymake shows only quote-unknown-speaker" (newsmark-test--codes)))

  (set-buffer-modified-p nil)
  (let ((server (eglot-current-server)))
    (when server (eglot-shutdown server))))

(condition-case err
    (newsmark-test--run (expand-file-name (car command-line-args-left)))
  (error (newsmark-test--check nil "lisp error" (error-message-string err))))
(setq command-line-args-left nil)
(princ (format "%d passed, %d failed\n" newsmark-test--passed newsmark-test--failed))
(kill-emacs (if (= newsmark-test--failed 0) 0 1))
;;; newsmark-test.el ends here
