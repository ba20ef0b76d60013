package dk.mooc.production;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The user test of the finished material with students and/or colleagues (a QA gate). */
@Embeddable
public class UserTest {

    @Column(name = "user_tested_on")
    public LocalDate testedOn;

    @Column(name = "user_test_students")
    public Integer students;

    @Column(name = "user_test_colleagues")
    public Integer colleagues;

    @Column(name = "user_test_findings", length = 4000)
    public String findings;

    @Column(name = "user_test_recorded_by", length = 200)
    public String recordedBy;

    public boolean recorded() {
        return testedOn != null;
    }
}
