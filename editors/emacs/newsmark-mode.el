;;; newsmark-mode.el --- NewsMark articles (.news) with the NewsMark language server  -*- lexical-binding: t; -*-

;; For Emacs 28 or later with eglot 1.9 or later (built into Emacs 29; on Emacs 28:
;; M-x package-install RET eglot, or Debian's elpa-eglot).  Load it from init.el:
;;
;;   (load "/path/to/newsmark/editors/emacs/newsmark-mode.el")
;;
;; It defines `newsmark-mode' for .news files and starts the server for them through eglot:
;; diagnostics (flymake), the outline of quotes by speaker (imenu), hover (eldoc), completion of
;; speaker ids (completion-at-point) and code actions (M-x eglot-code-actions).
;; Settings go in a .dir-locals.el at the root of the articles' folder, for example:
;;
;;   ((newsmark-mode . ((eglot-workspace-configuration
;;                       . (:newsmark (:style "ap" :rules (:quote-cue-verb "off")))))))
;;
;; This file is tested headless by test/emacs/run.sh (npm test, group "emacs").

;;; Code:

(defgroup newsmark nil
  "NewsMark news articles."
  :group 'text)

(defcustom newsmark-server-command
  (list "node"
        ;; This file lives in editors/emacs/ of the clone; the server is its dist/server.js.
        (expand-file-name "../../dist/server.js"
                          (file-name-directory (or load-file-name buffer-file-name default-directory)))
        "--stdio")
  "How to start the NewsMark language server: a program and its arguments."
  :type '(repeat string)
  :group 'newsmark)

;;;###autoload
(define-derived-mode newsmark-mode text-mode "NewsMark"
  "Major mode for NewsMark news articles.
The language server gives the diagnostics, outline, hover, completion and code actions."
  (setq-local comment-start "<!-- ")
  (setq-local comment-end " -->"))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.news\\'" . newsmark-mode))

(defun newsmark--server-contact (&optional _interactive)
  "The server's command line, read when eglot starts it (so a later setting counts)."
  newsmark-server-command)

;; `eglot-server-programs' exists only once eglot is loaded: setting it earlier stops init.el.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(newsmark-mode . newsmark--server-contact)))

;; Start (or join) the server whenever an article is opened.
(add-hook 'newsmark-mode-hook #'eglot-ensure)

(provide 'newsmark-mode)
;;; newsmark-mode.el ends here
